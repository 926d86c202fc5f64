using System.Collections;
using System.Globalization;
using System.Text.Json;
using Connectors.Sandbox.Shopify.GraphQL.Execution;
using Connectors.Sandbox.Shopify.Throttling;

namespace Connectors.Sandbox.Shopify;

/// <summary>Writes the pieces of Shopify GraphQL answers: errors, extensions.cost, THROTTLED, MAX_COST_EXCEEDED.</summary>
internal static class ShopifyResponses
{
    public const string InvalidToken = "{\"errors\":\"[API] Invalid API key or access token (unrecognized login or wrong password)\"}";
    public const string RateLimitsDocumentation = "https://shopify.dev/api/usage/rate-limits";
    public const int MaxQueryCost = 1000;

    public static void WriteErrors(Utf8JsonWriter w, IEnumerable<GraphQLError> errors)
    {
        w.WriteStartArray("errors");
        foreach (var error in errors)
        {
            w.WriteStartObject();
            w.WriteString("message", error.Message);
            if (error.Locations is { Count: > 0 } locations)
            {
                w.WriteStartArray("locations");
                foreach (var (line, column) in locations)
                {
                    w.WriteStartObject();
                    w.WriteNumber("line", line);
                    w.WriteNumber("column", column);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            if (error.Path is { } path)
            {
                w.WritePropertyName("path");
                WriteValue(w, path);
            }

            if (error.Extensions is { } extensions)
            {
                w.WritePropertyName("extensions");
                WriteValue(w, extensions);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>The <c>cost</c> extension; call inside the <c>extensions</c> object.</summary>
    public static void WriteCost(Utf8JsonWriter w, int requested, int? actual, ThrottleStatus status)
    {
        w.WriteStartObject("cost");
        w.WriteNumber("requestedQueryCost", requested);
        if (actual is { } a)
        {
            w.WriteNumber("actualQueryCost", a);
        }
        else
        {
            w.WriteNull("actualQueryCost");
        }

        w.WriteStartObject("throttleStatus");

        // Shopify writes the bucket size and rate as floats (2000.0) and the available points as a whole number.
        w.WritePropertyName("maximumAvailable");
        w.WriteRawValue(Float(status.MaximumAvailable));
        w.WriteNumber("currentlyAvailable", (long)status.CurrentlyAvailable);
        w.WritePropertyName("restoreRate");
        w.WriteRawValue(Float(status.RestoreRate));
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void WriteThrottled(Utf8JsonWriter w, int requested, ThrottleStatus status)
    {
        w.WriteStartObject();
        WriteErrors(w, [new GraphQLError("Throttled", Extensions: new Dictionary<string, object?>
        {
            ["code"] = "THROTTLED",
            ["documentation"] = RateLimitsDocumentation,
        })]);
        w.WriteStartObject("extensions");
        WriteCost(w, requested, null, status);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static GraphQLError MaxCostExceeded(int cost) => new(
        $"Query cost is {cost}, which exceeds the single query max cost limit ({MaxQueryCost}).\n\n"
        + "See https://shopify.dev/concepts/about-apis/rate-limits for more information on how the\n"
        + "cost of a query is calculated.\n\n"
        + "To query larger amounts of data with fewer limits, bulk operations should be used instead.\n"
        + "See https://shopify.dev/tutorials/perform-bulk-operations-with-admin-api for usage details.\n",
        Extensions: new Dictionary<string, object?> { ["code"] = "MAX_COST_EXCEEDED", ["cost"] = cost, ["maxCost"] = MaxQueryCost });

    private static string Float(double value) =>
        value == Math.Floor(value) ? value.ToString("0.0", CultureInfo.InvariantCulture) : value.ToString("R", CultureInfo.InvariantCulture);

    private static void WriteValue(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null:
                w.WriteNullValue();
                break;
            case string s:
                w.WriteStringValue(s);
                break;
            case bool b:
                w.WriteBooleanValue(b);
                break;
            case int i:
                w.WriteNumberValue(i);
                break;
            case long l:
                w.WriteNumberValue(l);
                break;
            case double d:
                w.WriteNumberValue(d);
                break;
            case IDictionary<string, object?> map:
                w.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    w.WritePropertyName(key);
                    WriteValue(w, item);
                }

                w.WriteEndObject();
                break;
            case IEnumerable items:
                w.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(w, item);
                }

                w.WriteEndArray();
                break;
            default:
                w.WriteStringValue(value.ToString());
                break;
        }
    }
}
