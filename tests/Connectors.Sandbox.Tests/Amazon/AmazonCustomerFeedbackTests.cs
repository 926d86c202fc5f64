using System.Net;

namespace Connectors.Sandbox.Tests.Amazon;

public sealed class AmazonCustomerFeedbackTests
{
    [Theory]
    [InlineData("MENTIONS")]
    [InlineData("STAR_RATING_IMPACT")]
    public async Task Review_topics_of_an_asin_are_sorted_as_asked(string sortBy)
    {
        await using var sandbox = await AmazonSandbox.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        var product = sandbox.Amazon().Catalog.Products.First(p => p.Index == 1);

        var call = await sandbox.GetAsync($"customerFeedback/2024-06-01/items/{product.Asin}/reviews/topics?marketplaceId={AmazonTestClient.Us}&sortBy={sortBy}", token);

        Assert.Equal(HttpStatusCode.OK, call.Status);
        var json = call.Json;
        Assert.Equal(product.Asin, json.GetProperty("asin").GetString());
        Assert.Equal("US", json.GetProperty("countryCode").GetString());
        var negative = json.GetProperty("topics").GetProperty("negativeTopics").EnumerateArray().ToList();
        Assert.NotEmpty(negative);
        var keys = negative.Select(t => sortBy == "MENTIONS"
            ? t.GetProperty("asinMetrics").GetProperty("numberOfMentions").GetDouble()
            : Math.Abs(t.GetProperty("asinMetrics").GetProperty("starRatingImpact").GetDouble())).ToList();
        Assert.Equal(keys.OrderDescending(), keys);
        Assert.All(negative, t => Assert.True(t.GetProperty("asinMetrics").GetProperty("starRatingImpact").GetDouble() < 0));
    }

    [Fact]
    public async Task Unserved_marketplaces_unknown_asins_and_asins_without_insights_are_answered_as_the_model_says()
    {
        await using var sandbox = await AmazonSandbox.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        var asin = sandbox.Amazon().Catalog.Products[0].Asin;

        var canada = await sandbox.GetAsync($"customerFeedback/2024-06-01/items/{asin}/reviews/topics?marketplaceId=A2EUQ1WTGCTBG2&sortBy=MENTIONS", token);
        var unknown = await sandbox.GetAsync($"customerFeedback/2024-06-01/items/B000000000/reviews/topics?marketplaceId={AmazonTestClient.Us}&sortBy=MENTIONS", token);
        var statuses = new List<HttpStatusCode>();
        foreach (var product in sandbox.Amazon().Catalog.Products)
        {
            statuses.Add((await sandbox.GetAsync($"customerFeedback/2024-06-01/items/{product.Asin}/browseNode?marketplaceId={AmazonTestClient.De}", token)).Status);
        }

        Assert.Equal(HttpStatusCode.BadRequest, canada.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Contains(HttpStatusCode.OK, statuses);
        Assert.Contains(HttpStatusCode.NoContent, statuses);
    }
}
