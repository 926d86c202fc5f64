using System.Text;
using Connectors.Sandbox.Amazon.Reports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Amazon.Api;

/// <summary>
/// The presigned URL of a report document (S3 in reality, so no SP-API token, usage plan or fault knobs): the document
/// streamed as it is generated, in the marketplace's character set, GZIP when getReportDocument said so; an expired
/// or altered link answers 403 with S3's XML error.
/// </summary>
internal static class DocumentDownload
{
    public static void Map(IEndpointRouteBuilder endpoints, AmazonEmulator amazon) =>
        endpoints.MapGet(DocumentLinks.PathPrefix + "{documentId}", async (HttpContext http, string documentId) =>
        {
            var q = http.Request.Query;
            var report = amazon.Reports.FindDocument(documentId);
            var refused = amazon.DocumentLinks.Check(documentId, q["X-Amz-Date"], q["X-Amz-Expires"], q["X-Amz-Signature"], amazon.Clock.GetUtcNow());
            if (report is null || refused is not null)
            {
                var (code, message) = refused ?? ("NoSuchKey", "The specified key does not exist.");
                http.Response.StatusCode = report is null ? StatusCodes.Status404NotFound : StatusCodes.Status403Forbidden;
                http.Response.ContentType = "application/xml";
                await http.Response.WriteAsync($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{code}</Code><Message>{message}</Message></Error>", Encoding.UTF8, http.RequestAborted);
                return;
            }

            amazon.Vendor.Counters.Increment("documentsDownloaded");
            http.Response.ContentType = ReportDocuments.ContentType(report);
            await amazon.Documents.WriteAsync(report, http.Response.Body, http.RequestAborted);
        });
}
