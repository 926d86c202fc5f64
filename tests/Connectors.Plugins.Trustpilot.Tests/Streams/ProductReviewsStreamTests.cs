using System.Net.Http.Headers;
using Connectors.Abstractions;
using Connectors.Plugins.Trustpilot.Tests.Support;

namespace Connectors.Plugins.Trustpilot.Tests.Streams;

/// <summary>The product_reviews stream against the emulator: mapping, conversations, stopping at the window.</summary>
public sealed class ProductReviewsStreamTests
{
    private const string Stream = "product_reviews";

    [Fact]
    public async Task A_full_read_maps_every_published_product_review_with_its_sku_order_and_buyer()
    {
        await using var f = await StreamFixture.StartAsync();
        var batches = await SourceHost.ReadAllAsync(f.Host.Create(f.Options()), Stream);

        var feedback = batches.SelectMany(b => b.Feedback).ToDictionary(r => r.SourceId);
        var customers = batches.SelectMany(b => b.Customers).GroupBy(c => c.SourceId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var published = f.Trustpilot.ProductReviews.All.Where(r => r.State == "published").ToList();
        Assert.Equal(published.Count, feedback.Count);
        foreach (var review in published)
        {
            var item = feedback["product-review:" + review.Id];
            Assert.Equal(review.Product.Sku, item.ProductId);
            Assert.Equal(review.ReferenceId, item.OrderId);
            Assert.Equal(review.Stars, item.Rating!.Value.Raw);
            Assert.Equal(ReplyState.Unanswered, item.ReplyState);
            Assert.Equal(review.ConsumerEmail, customers[item.CustomerSourceId!].Email);
        }
    }

    [Fact]
    public async Task The_next_run_reads_only_the_newest_pages_and_sees_a_conversation_opened_since()
    {
        await using var f = await StreamFixture.StartAsync();
        var source = f.Host.Create(f.Options());
        var checkpoint = SourceHost.FinalCheckpoint(await SourceHost.ReadAllAsync(source, Stream));
        var newest = f.Trustpilot.ProductReviews.All.First(r => r.State == "published");
        await OpenConversationAsync(f, newest.Id);
        f.Sandbox.Vendor("trustpilot").Received.Clear();

        var next = await SourceHost.ReadAllAsync(source, Stream, checkpoint);

        Assert.Equal(ReplyState.Answered, next.SelectMany(b => b.Feedback).Single(r => r.SourceId == "product-review:" + newest.Id).ReplyState);
        Assert.Single(f.Requests, p => p.Contains("/product-reviews/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_list_is_read_under_either_key_trustpilot_may_use()
    {
        await using var f = await StreamFixture.StartAsync();
        f.Trustpilot.Knobs = f.Trustpilot.Knobs with { ProductReviewsKey = "reviews" };

        var feedback = (await SourceHost.ReadAllAsync(f.Host.Create(f.Options()), Stream)).SelectMany(b => b.Feedback).ToList();

        Assert.Equal(f.Trustpilot.ProductReviews.All.Count(r => r.State == "published"), feedback.Count);
    }

    private static async Task OpenConversationAsync(StreamFixture f, string reviewId)
    {
        using var http = new HttpClient { BaseAddress = f.Sandbox.BaseUrl };
        var grant = f.Trustpilot.Tokens.Issue(f.Trustpilot.Options.ApiKey, withRefresh: false, f.Trustpilot.Knobs);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v1/private/product-reviews/{reviewId}/create-conversation");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", grant.AccessToken);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }
}
