using System.IO.Compression;
using System.Net;
using System.Runtime.CompilerServices;
using Connectors.Abstractions;
using Connectors.Plugins.Amazon.Client;
using Connectors.Plugins.Amazon.Marketplaces;
using Microsoft.Extensions.Logging;

namespace Connectors.Plugins.Amazon.Reports;

/// <summary>
/// Streams a report document's rows (tab-separated, header row first) as they download: a fresh presigned URL from
/// getReportDocument, GZIP undone when Amazon says so, text decoded by the download's charset. A download that breaks
/// off, or a URL that expired (they live five minutes), is started again with a fresh URL and the rows already
/// delivered are skipped, so nothing is read twice or lost.
/// </summary>
internal sealed class ReportDocumentReader(HttpClient http, AmazonApi api, TimeProvider time, ILogger logger)
{
    private const int Attempts = 5;

    /// <summary>The data rows after the first <paramref name="skip"/>, each split into its columns.</summary>
    public async IAsyncEnumerable<string[]> RowsAsync(
        string region, string documentId, Marketplace marketplace, long skip, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var delivered = skip;
        for (var attempt = 1; ; attempt++)
        {
            var link = await api.GetReportDocumentAsync(region, documentId, cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Get, link.Url);
            // Retried here with a fresh presigned URL (they live five minutes), skipping the rows delivered; not by the host.
            request.Options.Set(HostHttp.OwnRetries, true);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            string? failure = null;
            if (response.StatusCode == HttpStatusCode.Forbidden)
            {
                failure = "the presigned URL was refused (expired)";
            }
            else if (!response.IsSuccessStatusCode)
            {
                failure = $"HTTP {(int)response.StatusCode}";
            }
            else
            {
                var encoding = DocumentEncoding.Of(response.Content.Headers.ContentType, marketplace.Charset);
                await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
                await using var unzipped = link.Gzip ? new GZipStream(body, CompressionMode.Decompress) : null;
                using var reader = new StreamReader(unzipped ?? body, encoding, detectEncodingFromByteOrderMarks: true);
                var header = true;
                long row = 0;
                while (true)
                {
                    var (line, error) = await ReadLineAsync(reader, cancellationToken);
                    if (error is not null)
                    {
                        failure = error;
                        break;
                    }

                    if (line is null)
                    {
                        yield break;
                    }

                    if (line.Length == 0)
                    {
                        continue;
                    }

                    if (header)
                    {
                        header = false;
                        continue;
                    }

                    if (++row <= delivered)
                    {
                        continue;
                    }

                    delivered++;
                    yield return line.Split('\t');
                }
            }

            if (attempt >= Attempts)
            {
                throw new AmazonApiException($"report document {documentId} could not be read after {attempt} attempts: {failure}");
            }

            logger.LogWarning("Report document {Document}: {Reason}; downloading it again after row {Rows}", documentId, failure, delivered);
            await Task.Delay(RetryPolicy.Backoff(attempt), time, cancellationToken);
        }
    }

    private static async Task<(string? Line, string? Error)> ReadLineAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        try
        {
            return (await reader.ReadLineAsync(cancellationToken), null);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or HttpRequestException)
        {
            return (null, $"the download broke off: {ex.Message}");
        }
    }
}
