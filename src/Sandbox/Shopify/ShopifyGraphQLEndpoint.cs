using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Shopify.GraphQL.Execution;
using Connectors.Sandbox.Shopify.GraphQL.Planning;
using Connectors.Sandbox.Shopify.Throttling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Shopify;

/// <summary>
/// <c>POST /admin/api/{version}/graphql.json</c>: faults, authentication, parsing and validation, cost
/// calculation and the leaky bucket, execution, refund of the unused cost, then (maybe) a spoiled body.
/// </summary>
internal static class ShopifyGraphQLEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints, ShopifyEmulator shopify) =>
        endpoints.MapPost("/admin/api/{version}/graphql.json", (HttpContext http, string version) => HandleAsync(http, shopify, version));

    private static async Task HandleAsync(HttpContext http, ShopifyEmulator shopify, string version)
    {
        var vendor = shopify.Vendor;
        var ct = http.RequestAborted;
        vendor.Counters.Increment(SandboxCounters.Requests);
        var decision = vendor.Faults.Decide();
        await FaultResponses.DelayAsync(decision, ct);
        if (decision.Fault == InjectedFault.ServerError)
        {
            await FaultResponses.WriteServerErrorAsync(http, vendor, decision.ServerErrorStatus);
            return;
        }

        if (decision.Fault == InjectedFault.Throttle)
        {
            vendor.Counters.Increment(SandboxCounters.Throttled);
            vendor.Counters.Increment(SandboxCounters.InjectedThrottles);
            http.Response.Headers.RetryAfter = "1";
            await WriteAsync(http, StatusCodes.Status429TooManyRequests, w => ShopifyResponses.WriteThrottled(w, 0, Status(shopify, http)), BodyDamage.None, vendor);
            return;
        }

        if (!ShopifyDefaults.IsServedVersion(version))
        {
            await WriteTextAsync(http, StatusCodes.Status404NotFound, "{\"errors\":\"Not Found\"}");
            return;
        }

        var token = http.Request.Headers["X-Shopify-Access-Token"].ToString();
        if (!shopify.Options.AccessTokens.Contains(token, StringComparer.Ordinal) || vendor.Faults.TokenExpired())
        {
            vendor.Counters.Increment(SandboxCounters.Unauthorized);
            await WriteTextAsync(http, StatusCodes.Status401Unauthorized, ShopifyResponses.InvalidToken);
            return;
        }

        http.Response.Headers["X-Shopify-API-Version"] = version;
        var body = await ReadBodyAsync(http, ct);
        var request = GraphQLRequest.Read(body, http.Request.ContentType);
        if (request is null)
        {
            await WriteTextAsync(http, StatusCodes.Status400BadRequest, "{\"errors\":{\"query\":\"Required parameter missing or invalid\"}}");
            return;
        }

        var bucket = shopify.Buckets.For(token);
        var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}";
        var status = StatusCodes.Status200OK;
        var output = new ArrayBufferWriter<byte>(16 * 1024);
        using (var w = new Utf8JsonWriter(output, SandboxJson.WriterOptions))
        {
            status = Answer(w, shopify, bucket, request, baseUrl, version, http);
        }

        var answer = FaultResponses.Damage(output.WrittenMemory, status == StatusCodes.Status200OK ? decision.Damage : BodyDamage.None, vendor);
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.ContentLength = answer.Length;
        await http.Response.Body.WriteAsync(answer, ct);
    }

    private static int Answer(Utf8JsonWriter w, ShopifyEmulator shopify, CostBucket bucket, GraphQLRequest request, string baseUrl, string version, HttpContext http)
    {
        var knobs = shopify.Knobs;
        var compiled = QueryCompiler.Compile(shopify.Schema, request.Query, request.OperationName, request.Variables, PlanMode.Request, version);
        if (compiled.Failed)
        {
            WriteErrorsOnly(w, compiled.Errors, 0, bucket.Peek(knobs));
            return StatusCodes.Status200OK;
        }

        var requested = CostCalculator.Requested(compiled.Selection!, compiled.RootType!);
        if (requested > ShopifyResponses.MaxQueryCost)
        {
            WriteErrorsOnly(w, [ShopifyResponses.MaxCostExceeded(requested)], requested, bucket.Peek(knobs), actual: null);
            return StatusCodes.Status200OK;
        }

        ThrottleStatus status;
        if (knobs.ThrottlingEnabled && !bucket.TryReserve(requested, knobs, out status))
        {
            shopify.Vendor.Counters.Increment(SandboxCounters.Throttled);
            shopify.Vendor.Counters.Increment("throttledByCost");
            ShopifyResponses.WriteThrottled(w, requested, status);
            if (knobs.ThrottledStatusCode == StatusCodes.Status429TooManyRequests)
            {
                var wait = Math.Ceiling((requested - status.CurrentlyAvailable) / status.RestoreRate);
                http.Response.Headers.RetryAfter = Math.Max(1, wait).ToString(CultureInfo.InvariantCulture);
            }

            return knobs.ThrottledStatusCode;
        }

        var context = new QueryContext { Schema = shopify.Schema, Emulator = shopify, BaseUrl = baseUrl, ApiVersion = version };
        w.WriteStartObject();
        w.WritePropertyName("data");
        Executor.WriteObject(w, compiled.Selection!, compiled.RootType!, new object(), context);
        var actual = Math.Min(context.ActualCost, requested);
        status = knobs.ThrottlingEnabled ? bucket.Refund(requested - actual, knobs) : bucket.Peek(knobs);
        shopify.Vendor.Counters.Increment("requestedCost", requested);
        shopify.Vendor.Counters.Increment("actualCost", actual);
        w.WriteStartObject("extensions");
        ShopifyResponses.WriteCost(w, requested, actual, status);
        WriteSearchWarnings(w, context);
        w.WriteEndObject();
        w.WriteEndObject();
        return StatusCodes.Status200OK;
    }

    private static void WriteErrorsOnly(Utf8JsonWriter w, IEnumerable<GraphQLError> errors, int requested, ThrottleStatus status, int? actual = 0)
    {
        w.WriteStartObject();
        ShopifyResponses.WriteErrors(w, errors);
        w.WriteStartObject("extensions");
        ShopifyResponses.WriteCost(w, requested, actual, status);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteSearchWarnings(Utf8JsonWriter w, QueryContext context)
    {
        if (context.SearchWarnings.Count == 0)
        {
            return;
        }

        w.WriteStartArray("search");
        foreach (var (path, query, warnings) in context.SearchWarnings)
        {
            w.WriteStartObject();
            w.WriteStartArray("path");
            foreach (var segment in path)
            {
                w.WriteStringValue(segment.ToString());
            }

            w.WriteEndArray();
            w.WriteString("query", query);
            w.WriteStartArray("warnings");
            foreach (var (field, message) in warnings)
            {
                w.WriteStartObject();
                w.WriteString("field", field);
                w.WriteString("message", message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static ThrottleStatus Status(ShopifyEmulator shopify, HttpContext http)
    {
        var token = http.Request.Headers["X-Shopify-Access-Token"].ToString();
        return shopify.Buckets.For(shopify.Options.AccessTokens.Contains(token) ? token : shopify.AccessToken).Peek(shopify.Knobs);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpContext http, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    private static async Task WriteAsync(HttpContext http, int status, Action<Utf8JsonWriter> write, BodyDamage damage, SandboxVendor vendor)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(output, SandboxJson.WriterOptions))
        {
            write(w);
        }

        var body = FaultResponses.Damage(output.WrittenMemory, damage, vendor);
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }

    private static Task WriteTextAsync(HttpContext http, int status, string json)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        return http.Response.WriteAsync(json, http.RequestAborted);
    }
}
