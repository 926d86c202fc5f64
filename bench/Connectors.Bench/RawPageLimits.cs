using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Connectors.Sandbox.Shopify;

namespace Connectors.Bench;

/// <summary>
/// Two raw limits of this machine on the same pages the connector reads: loopback HTTP of a customers page from
/// the sandbox, and System.Text.Json parsing of that page, each in records per second with nothing around them.
/// </summary>
internal static class RawPageLimits
{
    // The connector's own page query (2025-04 fields), at the page size it uses (166 keeps the cost under 1,000).
    private const int PageSize = 166;
    private const string Query =
        "query($first:Int!,$after:String){customers(first:$first,after:$after,sortKey:UPDATED_AT){nodes{id firstName lastName locale updatedAt tags " +
        "defaultEmailAddress{emailAddress marketingState} defaultPhoneNumber{phoneNumber marketingState} defaultAddress{countryCodeV2} " +
        "emailMarketingConsent{marketingState marketingOptInLevel consentUpdatedAt} smsMarketingConsent{marketingState marketingOptInLevel consentUpdatedAt consentCollectedFrom}} " +
        "pageInfo{hasNextPage endCursor}}}";

    public static async Task<(double HttpRecordsPerSecond, double JsonRecordsPerSecond)> MeasureAsync(Uri sandbox, TimeSpan duration)
    {
        using var http = new HttpClient { BaseAddress = sandbox };
        var body = JsonSerializer.Serialize(new { query = Query, variables = new { first = PageSize } });
        byte[] page = [];
        async Task<double> FetchAsync(TimeSpan time)
        {
            var pages = 0;
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < time)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "admin/api/2025-04/graphql.json") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                request.Headers.Add("X-Shopify-Access-Token", ShopifyDefaults.AccessToken);
                using var response = await http.SendAsync(request);
                page = await response.EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync();
                pages++;
            }

            return pages * PageSize / watch.Elapsed.TotalSeconds;
        }

        double Parse(TimeSpan time)
        {
            var parsed = 0;
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < time)
            {
                using var document = JsonDocument.Parse(page);
                parsed += document.RootElement.GetProperty("data").GetProperty("customers").GetProperty("nodes").GetArrayLength();
            }

            return parsed / watch.Elapsed.TotalSeconds;
        }

        // A limit is a warm steady state: a first run of each as long as the measured one (JIT tiering in the
        // sandbox and here, connection set-up) is not counted.
        await FetchAsync(duration);
        var httpRate = await FetchAsync(duration);
        Parse(duration);
        return (httpRate, Parse(duration));
    }
}
