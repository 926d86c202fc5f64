using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Framework.Pipeline;
using Connectors.Sandbox.Shopify.GraphQL.Execution;
using Connectors.Sandbox.Shopify.GraphQL.Planning;
using Connectors.Sandbox.Shopify.Throttling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Shopify;

/// <summary>
/// <c>POST /admin/api/{version}/graphql.json</c> behind the framework pipeline (<see cref="ShopifyPolicy"/>): parsing and
/// validation, cost calculation and the leaky bucket, execution, refund of the unused cost.
/// </summary>
internal static class ShopifyGraphQLEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints, ShopifyEmulator shopify) =>
        endpoints.MapPost("/admin/api/{version}/graphql.json", VendorPipeline.Handler(shopify.Vendor, shopify.Policy, exchange => Handle(exchange, shopify)));

    private static VendorAnswer Handle(VendorExchange exchange, ShopifyEmulator shopify)
    {
        var http = exchange.Http;
        var version = exchange.Route("version");
        var token = http.Request.Headers["X-Shopify-Access-Token"].ToString();
        http.Response.Headers["X-Shopify-API-Version"] = version;
        var request = GraphQLRequest.Read(exchange.Body, http.Request.ContentType);
        if (request is null)
        {
            return VendorAnswer.Text(StatusCodes.Status400BadRequest, "{\"errors\":{\"query\":\"Required parameter missing or invalid\"}}");
        }

        var bucket = shopify.Buckets.For(token);
        var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}";
        var output = new ArrayBufferWriter<byte>(16 * 1024);
        int status;
        using (var w = new Utf8JsonWriter(output, SandboxJson.WriterOptions))
        {
            status = Answer(w, shopify, bucket, request, baseUrl, version, http);
        }

        return new VendorAnswer(status, output.WrittenMemory);
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
}
