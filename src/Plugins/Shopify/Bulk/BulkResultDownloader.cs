using System.Runtime.CompilerServices;
using Connectors.Plugins.Shopify.Client;
using Connectors.Plugins.Shopify.Streams;

namespace Connectors.Plugins.Shopify.Bulk;

/// <summary>
/// Streams a bulk result file from its signed URL. The URL is a storage link, not the Admin API: the access token
/// is never sent to it.
/// </summary>
internal sealed class BulkResultDownloader(HttpClient http, BulkLineParser parser)
{
    /// <summary>The result's lines after the first <paramref name="skip"/>, with their line numbers.</summary>
    /// <exception cref="IOException">A 5xx answer or a dropped download: worth retrying.</exception>
    /// <exception cref="ShopifyApiException">The URL was refused (expired or revoked): retrying will not help.</exception>
    public async IAsyncEnumerable<(long Line, MappedNode? Node)> ReadAsync(
        Uri url, long skip, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if ((int)response.StatusCode >= 500)
        {
            throw new IOException($"the bulk result download answered HTTP {(int)response.StatusCode}");
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new ShopifyApiException(
                $"the bulk result URL was refused with HTTP {(int)response.StatusCode} (result URLs expire after 7 days)", response.StatusCode, null);
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        await foreach (var item in JsonlReader.ReadAsync<MappedNode?>(stream, skip, parser.Parse, cancellationToken))
        {
            yield return item;
        }
    }
}
