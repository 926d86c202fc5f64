using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Connectors.Sandbox.Tests.Trustpilot;

public sealed class TrustpilotProductReviewTests
{
    [Fact]
    public async Task Product_reviews_carry_the_buyers_email_and_order_and_filter_by_sku_and_state()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        var page = await sandbox.CallAsync(HttpMethod.Get, TrustpilotTestClient.ProductReviewsPath + "?perPage=100", token);
        var reviews = page.Json.GetProperty("productReviews").EnumerateArray().ToList();
        var published = sandbox.Trustpilot().ProductReviews.All.Where(r => r.State == "published").ToList();

        Assert.Equal(published.Count, reviews.Count);
        foreach (var review in reviews)
        {
            var order = sandbox.Shopify.Store.GetOrder(long.Parse(review.GetProperty("referenceId").GetString()!, CultureInfo.InvariantCulture))!;
            Assert.Equal(sandbox.Shopify.Store.GetCustomer(order.CustomerId!.Value)!.Email, review.GetProperty("consumer").GetProperty("email").GetString());
            Assert.Equal("published", review.GetProperty("state").GetString());
        }

        var sku = reviews[0].GetProperty("product").GetProperty("sku").GetString()!;
        var bySku = (await sandbox.CallAsync(HttpMethod.Get, TrustpilotTestClient.ProductReviewsPath + "?perPage=100&sku=" + sku, token)).Json.GetProperty("productReviews");
        var others = (await sandbox.CallAsync(HttpMethod.Get, TrustpilotTestClient.ProductReviewsPath + "?perPage=100&state=unpublished,pending,archived", token)).Json.GetProperty("productReviews");
        var badState = await sandbox.CallAsync(HttpMethod.Get, TrustpilotTestClient.ProductReviewsPath + "?state=hidden", token);
        var past = await sandbox.CallAsync(HttpMethod.Get, TrustpilotTestClient.ProductReviewsPath + "?perPage=100&page=2", token);

        Assert.Equal(published.Count(r => r.Product.Sku == sku), bySku.GetArrayLength());
        Assert.Equal(sandbox.Trustpilot().ProductReviews.All.Count - published.Count, others.GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, badState.Status);
        Assert.Equal(0, past.Json.GetProperty("productReviews").GetArrayLength());
    }

    [Fact]
    public async Task A_conversation_opens_once_per_review_and_takes_comments()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        var review = sandbox.Trustpilot().ProductReviews.All[0];

        var opened = await sandbox.CallAsync(HttpMethod.Post, $"v1/private/product-reviews/{review.Id}/create-conversation", token, "{}");
        var again = await sandbox.CallAsync(HttpMethod.Post, $"v1/private/product-reviews/{review.Id}/create-conversation", token, "{}");
        var conversationId = opened.Json.GetProperty("conversationId").GetString()!;
        var comment = await sandbox.CallAsync(HttpMethod.Post, $"v1/private/conversations/{conversationId}/comments", token, """{"content":"Thank you!","integrationId":"connectors"}""");
        var read = await sandbox.CallAsync(HttpMethod.Get, $"v1/private/conversations/{conversationId}", token);
        var unknownReview = await sandbox.CallAsync(HttpMethod.Post, "v1/private/product-reviews/ffffffffffffffffffffffff/create-conversation", token, "{}");
        var unknownConversation = await sandbox.CallAsync(HttpMethod.Post, "v1/private/conversations/nope/comments", token, """{"content":"x"}""");

        Assert.Equal(HttpStatusCode.OK, opened.Status);
        Assert.Equal(conversationId, again.Json.GetProperty("conversationId").GetString());
        Assert.Equal(HttpStatusCode.Created, comment.Status);
        Assert.Equal("Thank you!", comment.Json.GetProperty("content").GetString());
        Assert.Equal("Thank you!", read.Json.GetProperty("comments")[0].GetProperty("content").GetString());
        Assert.Equal(review.Id, read.Json.GetProperty("sourceId").GetString());
        Assert.Equal(conversationId, sandbox.Trustpilot().ProductReviews.Find(review.Id)!.ConversationId);
        Assert.Equal(HttpStatusCode.NotFound, unknownReview.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknownConversation.Status);
    }

    [Fact]
    public async Task The_list_key_knob_and_added_product_reviews()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var buyer = sandbox.FirstBuyer();
        var added = await sandbox.ControlAsync(HttpMethod.Post, "_sandbox/trustpilot/product-reviews", new { personIndex = buyer, stars = 5, sku = "SBX-0003" }, HttpStatusCode.Created);
        sandbox.Trustpilot().Knobs = sandbox.Trustpilot().Knobs with { ProductReviewsKey = "reviews" };

        var page = await sandbox.CallAsync(HttpMethod.Get, TrustpilotTestClient.ProductReviewsPath + "?perPage=1", await sandbox.AccessTokenAsync());

        Assert.Equal(added.GetProperty("id").GetString(), page.Json.GetProperty("reviews")[0].GetProperty("id").GetString());
        Assert.Equal(sandbox.Server.People.Get(buyer).Email, added.GetProperty("consumer").GetProperty("email").GetString());
        Assert.False(page.Json.TryGetProperty("productReviews", out _));
        Assert.Equal(JsonValueKind.String, added.GetProperty("referenceId").ValueKind);
    }
}
