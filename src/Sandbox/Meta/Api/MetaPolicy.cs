using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Framework.Pipeline;
using Connectors.Sandbox.Meta.Webhooks;

namespace Connectors.Sandbox.Meta.Api;

/// <summary>
/// The Graph API's words in the pipeline: a token (<c>Authorization: Bearer</c> or <c>access_token</c>) checked with
/// code 190; an <c>appsecret_proof</c> checked when given (or required); a fixed rate window per token refused with
/// code 4 (613 for Messenger sends, 130429 for WhatsApp sends); <c>X-App-Usage</c> and <c>x-fb-trace-id</c> on every answer.
/// </summary>
internal sealed class MetaPolicy(MetaEmulator meta, Throttle kind) : VendorPolicy
{
    internal const string TokenItem = "meta.token";
    private const string UsageItem = "meta.usage";

    public override IReadOnlyDictionary<string, string> RecordedHeaders(VendorExchange exchange)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (exchange.Header("content-type") is { } type)
        {
            headers["content-type"] = type;
        }

        if (Token(exchange) is { } token)
        {
            headers["authorization"] = token.Length > 14 ? "Bearer " + token[..10] + "…" : "Bearer …";
        }

        return headers;
    }

    public override VendorAnswer ServerError(VendorExchange exchange, int status) =>
        status == 502 ? base.ServerError(exchange, status) : GraphErrors.ServerError(status, meta.NextTraceId());

    public override VendorAnswer InjectedThrottle(VendorExchange exchange) =>
        GraphErrors.Throttled(meta.Knobs.ThrottledStatusCode, Kind(exchange), meta.NextTraceId());

    public override VendorAnswer? Authenticate(VendorExchange exchange)
    {
        var token = Token(exchange);
        if (token is null || !meta.Options.AccessTokens.Contains(token))
        {
            return GraphErrors.InvalidToken(meta.NextTraceId());
        }

        var proof = exchange.Query("appsecret_proof");
        if (proof is null ? meta.Knobs.RequireAppSecretProof : !ProofMatches(proof, token))
        {
            return GraphErrors.BadProof(meta.NextTraceId());
        }

        exchange.Items[TokenItem] = token;
        return null;
    }

    public override VendorAnswer? TokenExpired(VendorExchange exchange) => GraphErrors.ExpiredToken(meta.NextTraceId());

    public override VendorAnswer? Admit(VendorExchange exchange)
    {
        var token = (string)exchange.Items[TokenItem]!;
        var admitted = meta.RateWindow.TryTake(token, meta.Knobs, out var used);
        exchange.Items[UsageItem] = used;
        if (admitted)
        {
            return null;
        }

        meta.Vendor.Counters.Increment(SandboxCounters.Throttled);
        meta.Vendor.Counters.Increment("rateLimited");
        return GraphErrors.Throttled(meta.Knobs.ThrottledStatusCode, Kind(exchange), meta.NextTraceId());
    }

    public override VendorAnswer Finish(VendorExchange exchange, VendorAnswer answer)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["x-fb-trace-id"] = meta.NextTraceId() };
        if (exchange.Items.TryGetValue(UsageItem, out var used) && used is int percent)
        {
            var p = percent.ToString(CultureInfo.InvariantCulture);
            headers["X-App-Usage"] = "{\"call_count\":" + p + ",\"total_cputime\":" + p + ",\"total_time\":" + p + "}";
        }

        return answer.WithHeaders(headers);
    }

    // One send route serves the Page, the Instagram account and the WhatsApp number: each has its own throttling error.
    private Throttle Kind(VendorExchange exchange) =>
        kind == Throttle.MessengerSend && exchange.Route("id") == MetaDefaults.PhoneNumberId ? Throttle.WhatsAppSend : kind;

    private static string? Token(VendorExchange exchange)
    {
        var header = exchange.Header("Authorization");
        if (header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        return exchange.Query("access_token");
    }

    private bool ProofMatches(string proof, string token) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(proof.ToLowerInvariant()), Encoding.ASCII.GetBytes(MetaSignature.AppSecretProof(meta.Options.AppSecret, token)));
}
