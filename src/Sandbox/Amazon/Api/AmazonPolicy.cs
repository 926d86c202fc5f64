using System.Globalization;
using Connectors.Sandbox.Amazon.Data;
using Connectors.Sandbox.Amazon.Limits;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Framework.Pipeline;
using Microsoft.AspNetCore.Http;

namespace Connectors.Sandbox.Amazon.Api;

/// <summary>
/// SP-API's words in the pipeline, for one operation on one regional endpoint: <c>x-amz-access-token</c> (LWA or RDT)
/// checked with 403 <c>Unauthorized</c>; marketplaces of another region refused; the operation's usage plan per seller
/// (429 <c>QuotaExceeded</c>, no rate-limit header); <c>x-amzn-RequestId</c> on every answer and
/// <c>x-amzn-RateLimit-Limit</c> on 20x, 400 and 404 only.
/// </summary>
internal sealed class AmazonPolicy(AmazonEmulator amazon, string operation, string? region, bool restrictedOnly = false) : VendorPolicy
{
    private static readonly string[] MarketplaceParameters = ["MarketplaceIds", "marketplaceIds", "marketplaceId"];

    public override IReadOnlyDictionary<string, string> RecordedHeaders(VendorExchange exchange)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in new[] { "x-amz-date", "user-agent", "content-type" })
        {
            if (exchange.Header(name) is { } value)
            {
                headers[name] = value;
            }
        }

        if (exchange.Header("x-amz-access-token") is { } token)
        {
            headers["x-amz-access-token"] = token.Length > 14 ? token[..12] + "…" : "…";
        }

        return headers;
    }

    public override VendorAnswer ServerError(VendorExchange exchange, int status) => status switch
    {
        StatusCodes.Status500InternalServerError => AmazonAnswers.Error(status, "InternalFailure", "We encountered an internal error. Please try again."),
        StatusCodes.Status503ServiceUnavailable => AmazonAnswers.Error(status, "ServiceUnavailable", "Service is temporarily unavailable. Please try again."),
        _ => base.ServerError(exchange, status),
    };

    public override VendorAnswer InjectedThrottle(VendorExchange exchange) => AmazonAnswers.QuotaExceeded();

    public override VendorAnswer? Authenticate(VendorExchange exchange)
    {
        var text = exchange.Header("x-amz-access-token");
        var token = amazon.Tokens.Find(text);
        if (token is null)
        {
            return AmazonAnswers.Denied(text is null ? "" : "The access token you provided is revoked, malformed or invalid.");
        }

        if (exchange.Now >= token.ExpiresAt)
        {
            return Expired();
        }

        var path = exchange.Http.Request.Path.Value ?? "";
        if (region is not null)
        {
            path = path[(region.Length + 1)..];
        }

        if (token.IsRestricted ? !token.Restricted!.Any(r => r.Covers(exchange.Http.Request.Method, path)) : restrictedOnly)
        {
            // An RDT works only for the resources it names; restricted operations work only with an RDT.
            return AmazonAnswers.Denied();
        }

        exchange.Items[AmazonRequest.TokenItem] = token;
        exchange.Items[AmazonRequest.RegionItem] = region;
        return null;
    }

    public override VendorAnswer? TokenExpired(VendorExchange exchange) => Expired();

    public override VendorAnswer? Admit(VendorExchange exchange)
    {
        foreach (var id in MarketplaceParameters.SelectMany(exchange.List))
        {
            if (MarketplaceRefusal(id, region) is { } refused)
            {
                return refused;
            }
        }

        var knobs = amazon.Knobs;
        if (!knobs.UsagePlansEnabled || amazon.Buckets.TryTake(exchange.Token().Seller, UsagePlans.For(operation, knobs), knobs.RateScale))
        {
            return null;
        }

        amazon.Vendor.Counters.Increment(SandboxCounters.Throttled);
        amazon.Vendor.Counters.Increment("quotaExceeded");
        return AmazonAnswers.QuotaExceeded();
    }

    public override VendorAnswer Finish(VendorExchange exchange, VendorAnswer answer)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["x-amzn-RequestId"] = amazon.NextRequestId() };
        if (answer.Status is 200 or 201 or 202 or 204 or 400 or 404)
        {
            headers["x-amzn-RateLimit-Limit"] = UsagePlans.For(operation, amazon.Knobs).Header(amazon.Knobs.RateScale);
        }

        return answer.WithHeaders(headers);
    }

    /// <summary>400 for a marketplace the emulator does not serve, or one of another region than the endpoint's.</summary>
    public static VendorAnswer? MarketplaceRefusal(string id, string? region)
    {
        var marketplace = Marketplaces.Find(id);
        if (marketplace is null)
        {
            return AmazonAnswers.InvalidInput($"Invalid Marketplace ID: {id}", "See https://developer-docs.amazon.com/sp-api/docs/marketplace-ids for the valid values.");
        }

        return region is not null && marketplace.Region != region
            ? AmazonAnswers.InvalidInput(string.Create(CultureInfo.InvariantCulture, $"Marketplace {id} ({marketplace.Domain}) is not served by the {region.ToUpperInvariant()} endpoint."), "Call the endpoint of the marketplace's region.")
            : null;
    }

    private static VendorAnswer Expired() => AmazonAnswers.Denied("The access token you provided has expired.");
}
