using System.IO.Compression;
using System.Net;
using System.Text;

namespace Connectors.Sandbox.Tests.Amazon;

public sealed class AmazonReportsTests
{
    private static readonly DateTimeOffset From = SandboxHarness.Start.AddDays(-400);

    [Fact]
    public async Task A_seller_feedback_report_goes_in_queue_in_progress_done_and_its_document_is_localised()
    {
        await using var sandbox = await AmazonSandbox.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        var id = await CreateAsync(sandbox, token, "GET_SELLER_FEEDBACK_DATA", AmazonTestClient.De);

        Assert.Equal(["IN_QUEUE", "IN_PROGRESS", "DONE"], [await StatusAsync(sandbox, token, id), await StatusAsync(sandbox, token, id), await StatusAsync(sandbox, token, id)]);
        var (text, contentType, gzip) = await DownloadAsync(sandbox, token, id);

        Assert.False(gzip);
        Assert.Equal("text/plain; charset=ISO-8859-1", contentType);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Datum\tBewertung\tKommentare\tIhre Antwort\tBestellnummer\tE-Mail-Adresse des Bewerters", lines[0]);
        Assert.True(lines.Length > 2, "no feedback rows");
        foreach (var columns in lines.Skip(1).Select(l => l.Split('\t')))
        {
            Assert.Equal(6, columns.Length);
            Assert.Matches(@"^\d{1,2}\.\d{1,2}\.\d{2}$", columns[0]);
            Assert.InRange(int.Parse(columns[1], System.Globalization.CultureInfo.InvariantCulture), 1, 3);
            Assert.NotNull(sandbox.Amazon().Orders.Find(columns[4]));
            Assert.Contains("@", columns[5], StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("ATVPDKIKX0DER", "Date\tRating\tComments\tYour Response\tOrder ID\tRater Email", @"^\d{1,2}/\d{1,2}/\d{2}$", "UTF-8")]
    [InlineData("A1VC38T7YXB528", "日付\t評価\tコメント\t返信\t注文番号\t評価者のEメールアドレス", @"^\d{2}/\d{1,2}/\d{1,2}$", "UTF-8")]
    [InlineData("A2NODRKZP88ZB9", "Datum\tBetyg\tKommentarer\tDitt svar\tBeställnings-id\tBedömarens e-postadress", @"^\d{4}-\d{2}-\d{2}$", "UTF-8")]
    public async Task Each_marketplace_has_its_header_language_date_format_and_charset(string marketplace, string header, string datePattern, string charset)
    {
        await using var sandbox = await AmazonSandbox.StartAsync(customers: 400);
        var token = await sandbox.AccessTokenAsync();
        var id = await CreateAsync(sandbox, token, "GET_SELLER_FEEDBACK_DATA", marketplace);
        var report = sandbox.Amazon().Reports.Find(id)!;
        sandbox.Amazon().Reports.Force(report, "DONE");
        var (text, contentType, _) = await DownloadAsync(sandbox, token, id);

        Assert.Equal("text/plain; charset=" + charset, contentType);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(header, lines[0]);
        Assert.All(lines.Skip(1), l => Assert.Matches(datePattern, l.Split('\t')[0]));
    }

    [Fact]
    public async Task A_returns_report_has_the_thirteen_columns_and_large_documents_are_gzip()
    {
        await using var sandbox = await AmazonSandbox.StartAsync(o => o.Amazon.Knobs = new() { GzipAboveRows = 0 });
        var token = await sandbox.AccessTokenAsync();
        var id = await CreateAsync(sandbox, token, "GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA", AmazonTestClient.Us);
        sandbox.Amazon().Reports.Force(sandbox.Amazon().Reports.Find(id)!, "DONE");
        var (text, _, gzip) = await DownloadAsync(sandbox, token, id);

        Assert.True(gzip);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("return-date\torder-id\tsku\tasin\tfnsku\tproduct-name\tquantity\tfulfillment-center-id\tdetailed-disposition\treason\tstatus\tlicense-plate-number\tcustomer-comments", lines[0]);
        Assert.True(lines.Length > 1, "no return rows");
        Assert.All(lines.Skip(1), l =>
        {
            var columns = l.Split('\t');
            Assert.Equal(13, columns.Length);
            Assert.True(sandbox.Amazon().Orders.Find(columns[1])!.FulfilledByAmazon);
        });
    }

    [Theory]
    [InlineData("FATAL")]
    [InlineData("CANCELLED")]
    [InlineData("IN_PROGRESS")]
    public async Task The_control_endpoint_forces_a_report_into_any_state(string status)
    {
        await using var sandbox = await AmazonSandbox.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        var id = await CreateAsync(sandbox, token, "GET_SELLER_FEEDBACK_DATA", AmazonTestClient.Us);
        await sandbox.ControlAsync(HttpMethod.Put, $"_sandbox/amazon/reports/{id}", new { processingStatus = status });

        for (var i = 0; i < 4; i++)
        {
            var report = (await sandbox.GetAsync($"reports/2021-06-30/reports/{id}", token)).Json;
            Assert.Equal(status, report.GetProperty("processingStatus").GetString());
            Assert.False(report.TryGetProperty("reportDocumentId", out _));
        }
    }

    [Fact]
    public async Task Held_reports_stay_in_progress_and_the_final_status_knob_makes_them_fatal()
    {
        await using var sandbox = await AmazonSandbox.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        sandbox.Amazon().Knobs = sandbox.Amazon().Knobs with { HoldReports = true, FinalReportStatus = "FATAL" };
        var id = await CreateAsync(sandbox, token, "GET_SELLER_FEEDBACK_DATA", AmazonTestClient.Us);
        var held = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            held.Add(await StatusAsync(sandbox, token, id));
        }

        sandbox.Amazon().Knobs = sandbox.Amazon().Knobs with { HoldReports = false };

        Assert.Equal(["IN_QUEUE", "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS"], held);
        Assert.Equal("FATAL", await StatusAsync(sandbox, token, id));
    }

    [Fact]
    public async Task A_report_without_rows_is_cancelled_and_only_a_queued_report_can_be_cancelled()
    {
        await using var sandbox = await AmazonSandbox.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        var empty = await CreateAsync(sandbox, token, "GET_SELLER_FEEDBACK_DATA", AmazonTestClient.Us, SandboxHarness.Start.AddMinutes(-10));
        var queued = await CreateAsync(sandbox, token, "GET_SELLER_FEEDBACK_DATA", AmazonTestClient.Us);
        for (var i = 0; i < 3; i++)
        {
            await StatusAsync(sandbox, token, empty);
        }

        var cancelled = await sandbox.SpApiAsync(HttpMethod.Delete, $"reports/2021-06-30/reports/{queued}", token);
        var again = await sandbox.SpApiAsync(HttpMethod.Delete, $"reports/2021-06-30/reports/{empty}", token);

        Assert.Equal("CANCELLED", await StatusAsync(sandbox, token, empty));
        Assert.Equal(HttpStatusCode.OK, cancelled.Status);
        Assert.Equal("CANCELLED", await StatusAsync(sandbox, token, queued));
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
    }

    [Fact]
    public async Task The_presigned_url_expires_after_five_minutes_and_refuses_a_changed_signature()
    {
        await using var sandbox = await AmazonSandbox.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        var id = await CreateAsync(sandbox, token, "GET_SELLER_FEEDBACK_DATA", AmazonTestClient.Us);
        sandbox.Amazon().Reports.Force(sandbox.Amazon().Reports.Find(id)!, "DONE");
        var documentId = (await sandbox.GetAsync($"reports/2021-06-30/reports/{id}", token)).Json.GetProperty("reportDocumentId").GetString()!;
        var url = new Uri((await sandbox.GetAsync($"reports/2021-06-30/documents/{documentId}", token)).Json.GetProperty("url").GetString()!);

        Assert.Contains("X-Amz-Expires=300", url.Query, StringComparison.Ordinal);
        using (var ok = await sandbox.Http.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using (var forged = await sandbox.Http.GetAsync(url.ToString().Replace("X-Amz-Expires=300", "X-Amz-Expires=900", StringComparison.Ordinal)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
            Assert.Contains("<Code>SignatureDoesNotMatch</Code>", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        sandbox.Clock.Advance(TimeSpan.FromSeconds(301));
        using var expired = await sandbox.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Contains("<Code>AccessDenied</Code><Message>Request has expired</Message>", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateReport_refuses_a_report_type_it_does_not_serve()
    {
        await using var sandbox = await AmazonSandbox.StartAsync();
        var call = await sandbox.SpApiAsync(HttpMethod.Post, "reports/2021-06-30/reports", await sandbox.AccessTokenAsync(),
            new { reportType = "GET_MERCHANT_LISTINGS_ALL_DATA", marketplaceIds = new[] { AmazonTestClient.Us } });

        Assert.Equal(HttpStatusCode.BadRequest, call.Status);
        Assert.Equal("InvalidInput", call.ErrorCode);
    }

    internal static async Task<string> CreateAsync(SandboxHarness sandbox, string token, string type, string marketplace, DateTimeOffset? from = null)
    {
        var call = await sandbox.SpApiAsync(HttpMethod.Post, "reports/2021-06-30/reports", token, new
        {
            reportType = type,
            marketplaceIds = new[] { marketplace },
            dataStartTime = (from ?? From).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            dataEndTime = SandboxHarness.Start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Accepted, call.Status);
        return call.Json.GetProperty("reportId").GetString()!;
    }

    internal static async Task<string> StatusAsync(SandboxHarness sandbox, string token, string id) =>
        (await sandbox.GetAsync($"reports/2021-06-30/reports/{id}", token)).Json.GetProperty("processingStatus").GetString()!;

    /// <summary>Downloads a DONE report's document as a client would: gunzip when told, decode by the Content-Type's charset.</summary>
    internal static async Task<(string Text, string ContentType, bool Gzip)> DownloadAsync(SandboxHarness sandbox, string token, string id)
    {
        var report = (await sandbox.GetAsync($"reports/2021-06-30/reports/{id}", token)).Json;
        Assert.Equal("DONE", report.GetProperty("processingStatus").GetString());
        var document = (await sandbox.GetAsync($"reports/2021-06-30/documents/{report.GetProperty("reportDocumentId").GetString()}", token)).Json;
        var gzip = document.TryGetProperty("compressionAlgorithm", out var algorithm) && algorithm.GetString() == "GZIP";
        using var response = await sandbox.Http.GetAsync(new Uri(document.GetProperty("url").GetString()!));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (gzip)
        {
            using var unzipped = new MemoryStream();
            await using (var stream = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress))
            {
                await stream.CopyToAsync(unzipped);
            }

            bytes = unzipped.ToArray();
        }

        var contentType = response.Content.Headers.ContentType!.ToString();
        var charset = response.Content.Headers.ContentType!.CharSet!;
        return (Encoding.GetEncoding(charset).GetString(bytes), contentType, gzip);
    }

}
