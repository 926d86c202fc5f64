using System.Text.Json;
using System.Text.Json.Nodes;
using Connectors.Sandbox.Amazon.Data;
using Connectors.Sandbox.Amazon.Reports;
using Connectors.Sandbox.Framework.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Amazon.Api;

/// <summary>Reports 2021-06-30: createReport (202), getReport (each call moves the report on), cancelReport, getReportDocument.</summary>
internal static class ReportsEndpoints
{
    private const string Prefix = "/reports/2021-06-30";

    public static void Map(IEndpointRouteBuilder endpoints, AmazonEmulator amazon)
    {
        AmazonRoutes.Map(endpoints, amazon, "POST", Prefix + "/reports", "createReport", x => Create(x, amazon));
        AmazonRoutes.Map(endpoints, amazon, "GET", Prefix + "/reports/{reportId}", "getReport", x =>
        {
            if (Mine(x, amazon) is not { } report)
            {
                return AmazonAnswers.NotFound($"Report {x.Route("reportId")} was not found.");
            }

            amazon.Reports.Poll(report);
            return AmazonAnswers.Ok(Json(report));
        });
        AmazonRoutes.Map(endpoints, amazon, "DELETE", Prefix + "/reports/{reportId}", "cancelReport", x =>
        {
            if (Mine(x, amazon) is not { } report)
            {
                return AmazonAnswers.NotFound($"Report {x.Route("reportId")} was not found.");
            }

            return amazon.Reports.Cancel(report)
                ? new VendorAnswer(StatusCodes.Status200OK, ReadOnlyMemory<byte>.Empty)
                : AmazonAnswers.InvalidInput($"Report {report.ReportId} is {report.ProcessingStatus}: only reports with processingStatus IN_QUEUE can be cancelled.");
        });
        AmazonRoutes.Map(endpoints, amazon, "GET", Prefix + "/documents/{reportDocumentId}", "getReportDocument", x =>
        {
            var report = amazon.Reports.FindDocument(x.Route("reportDocumentId"));
            if (report is null || report.Seller != x.Token().Seller)
            {
                return AmazonAnswers.NotFound($"Report document {x.Route("reportDocumentId")} was not found.");
            }

            var body = new JsonObject
            {
                ["reportDocumentId"] = report.ReportDocumentId,
                ["url"] = amazon.DocumentLinks.Create(BaseUrl(x), report.ReportDocumentId!, x.Now).ToString(),
            };
            if (report.Compressed)
            {
                body["compressionAlgorithm"] = "GZIP";
            }

            return AmazonAnswers.Ok(body);
        });
    }

    private static AmazonReport? Mine(VendorExchange x, AmazonEmulator amazon) =>
        amazon.Reports.Find(x.Route("reportId")) is { } report && report.Seller == x.Token().Seller ? report : null;

    private static VendorAnswer Create(VendorExchange x, AmazonEmulator amazon)
    {
        JsonElement body;
        try
        {
            body = JsonDocument.Parse(x.Body).RootElement.Clone();
        }
        catch (JsonException ex)
        {
            return AmazonAnswers.InvalidInput("The request body is not valid JSON.", ex.Message);
        }

        if (body.ValueKind != JsonValueKind.Object)
        {
            return AmazonAnswers.InvalidInput("The request body must be a CreateReportSpecification object.");
        }

        var type = body.TryGetProperty("reportType", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : null;
        if (type is null)
        {
            return AmazonAnswers.InvalidInput("Missing required field reportType.");
        }

        if (!ReportTypes.Served.Contains(type))
        {
            return AmazonAnswers.InvalidInput($"Invalid reportType: {type}.", "The sandbox serves " + string.Join(" and ", ReportTypes.Served.Order(StringComparer.Ordinal)) + ".");
        }

        if (!body.TryGetProperty("marketplaceIds", out var ids) || ids.ValueKind != JsonValueKind.Array || ids.GetArrayLength() is < 1 or > 25
            || ids.EnumerateArray().Any(i => i.ValueKind != JsonValueKind.String))
        {
            return AmazonAnswers.InvalidInput("marketplaceIds must hold between 1 and 25 marketplace ids.");
        }

        var marketplaces = ids.EnumerateArray().Select(i => i.GetString()!).ToList();
        foreach (var id in marketplaces)
        {
            if (AmazonPolicy.MarketplaceRefusal(id, x.Region()) is { } refused)
            {
                return refused;
            }
        }

        var end = Date(body, "dataEndTime") ?? x.Now;
        var start = Date(body, "dataStartTime") ?? end.AddDays(-30);
        if ((body.TryGetProperty("dataStartTime", out _) && Date(body, "dataStartTime") is null)
            || (body.TryGetProperty("dataEndTime", out _) && Date(body, "dataEndTime") is null))
        {
            return AmazonAnswers.InvalidInput("dataStartTime and dataEndTime must be ISO 8601 date-times.");
        }

        if (start > end)
        {
            return AmazonAnswers.InvalidInput("dataStartTime must be before dataEndTime.");
        }

        if (end > x.Now)
        {
            end = x.Now;
        }

        var report = amazon.Reports.Create(type, marketplaces, start, end, x.Token().Seller);
        return AmazonAnswers.Ok(new JsonObject { ["reportId"] = report.ReportId }, StatusCodes.Status202Accepted);
    }

    private static DateTimeOffset? Date(JsonElement body, string name) =>
        body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
        && DateTimeOffset.TryParse(v.GetString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d)
            ? d
            : null;

    public static JsonObject Json(AmazonReport report)
    {
        var json = new JsonObject
        {
            ["reportType"] = report.ReportType,
            ["processingStatus"] = report.ProcessingStatus,
            ["marketplaceIds"] = new JsonArray([.. report.MarketplaceIds.Select(m => (JsonNode)m)]),
            ["reportId"] = report.ReportId,
            ["dataStartTime"] = AmazonAnswers.Time(report.DataStartTime),
            ["dataEndTime"] = AmazonAnswers.Time(report.DataEndTime),
            ["createdTime"] = AmazonAnswers.Time(report.CreatedTime),
        };
        if (report.ProcessingStartTime is { } started)
        {
            json["processingStartTime"] = AmazonAnswers.Time(started);
        }

        if (report.ProcessingEndTime is { } ended)
        {
            json["processingEndTime"] = AmazonAnswers.Time(ended);
        }

        if (report.ProcessingStatus == "DONE" && report.ReportDocumentId is { } document)
        {
            json["reportDocumentId"] = document;
        }

        return json;
    }

    private static Uri BaseUrl(VendorExchange x) => new($"{x.Http.Request.Scheme}://{x.Http.Request.Host}/");
}
