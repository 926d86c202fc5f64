using System.Diagnostics;
using System.IO.Compression;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Connectors.Sandbox.Amazon;

namespace Connectors.Bench;

/// <summary>
/// The raw limit of the report streams' input on this machine: every finished report document of the sandbox fetched
/// over loopback (a presigned URL from getReportDocument), un-gzipped, decoded in its charset and split into tab
/// separated rows, with nothing else around it; rows per second.
/// </summary>
internal static class RawReportDocuments
{
    public static async Task<(long Rows, double RowsPerSecond)> MeasureAsync(Uri sandbox)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var http = new HttpClient { BaseAddress = sandbox };
        var token = await TokenAsync(http);
        using var list = await JsonDocument.ParseAsync(await http.GetStreamAsync("_sandbox/amazon/reports"));
        var documents = list.RootElement.EnumerateArray()
            .Where(r => r.TryGetProperty("reportDocumentId", out _))
            .Select(r => r.GetProperty("reportDocumentId").GetString()!)
            .ToList();

        long rows = 0;
        var watch = Stopwatch.StartNew();
        foreach (var id in documents)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"reports/2021-06-30/documents/{id}");
            request.Headers.Add("x-amz-access-token", token);
            using var answer = await http.SendAsync(request);
            using var link = await JsonDocument.ParseAsync(await answer.EnsureSuccessStatusCode().Content.ReadAsStreamAsync());
            using var download = await http.GetAsync(link.RootElement.GetProperty("url").GetString(), HttpCompletionOption.ResponseHeadersRead);
            var charset = download.Content.Headers.ContentType?.CharSet ?? "utf-8";
            await using var body = await download.EnsureSuccessStatusCode().Content.ReadAsStreamAsync();
            await using var unzipped = new GZipStream(body, CompressionMode.Decompress);
            using var reader = new StreamReader(unzipped, Encoding.GetEncoding(charset));
            await reader.ReadLineAsync(); // the header row
            while (await reader.ReadLineAsync() is { } line)
            {
                rows += line.Split('\t').Length > 1 ? 1 : 0;
            }
        }

        return (rows, rows / watch.Elapsed.TotalSeconds);
    }

    private static async Task<string> TokenAsync(HttpClient http)
    {
        using var answer = await http.PostAsync(AmazonDefaults.TokenPath.TrimStart('/'), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = AmazonDefaults.RefreshToken,
            ["client_id"] = AmazonDefaults.ClientId,
            ["client_secret"] = AmazonDefaults.ClientSecret,
        }));
        var body = await answer.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("access_token").GetString()!;
    }
}
