using System.Net;
using Connectors.Sandbox.Amazon.Data;

namespace Connectors.Sandbox.Tests.Amazon;

public sealed class AmazonSolicitationTests
{
    [Fact]
    public async Task A_review_request_is_offered_and_sent_once_inside_the_delivery_window()
    {
        await using var sandbox = await AmazonSandbox.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        var order = sandbox.Amazon().Orders.Add(3, Marketplaces.US, SandboxHarness.Start.AddDays(-12), AmazonOrderStatus.Shipped, true, SandboxHarness.Start.AddDays(-9));
        var actions = $"solicitations/v1/orders/{order.AmazonOrderId}?marketplaceIds={AmazonTestClient.Us}";
        var send = $"solicitations/v1/orders/{order.AmazonOrderId}/solicitations/productReviewAndSellerFeedback?marketplaceIds={AmazonTestClient.Us}";

        var offered = await sandbox.GetAsync(actions, token);
        var sent = await sandbox.SpApiAsync(HttpMethod.Post, send, token);
        var again = await sandbox.SpApiAsync(HttpMethod.Post, send, token);
        var afterwards = await sandbox.GetAsync(actions, token);

        Assert.Equal("application/hal+json", offered.Header("Content-Type"));
        Assert.Equal("productReviewAndSellerFeedback", offered.Json.GetProperty("_links").GetProperty("actions")[0].GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.Created, sent.Status);
        Assert.Equal("{}", sent.Body);
        Assert.Equal(HttpStatusCode.Forbidden, again.Status);
        Assert.Equal("The requested solicitation is not available for this amazonOrderId.", again.ErrorMessage);
        Assert.Equal(0, afterwards.Json.GetProperty("_links").GetProperty("actions").GetArrayLength());
        Assert.Single(sandbox.Amazon().Solicitations.Sent);
    }

    [Theory]
    [InlineData(-3, -1)]
    [InlineData(-60, -50)]
    public async Task Outside_the_window_there_is_no_action_and_sending_is_refused(int purchasedDaysAgo, int deliveredDaysAgo)
    {
        await using var sandbox = await AmazonSandbox.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        var order = sandbox.Amazon().Orders.Add(4, Marketplaces.US, SandboxHarness.Start.AddDays(purchasedDaysAgo), AmazonOrderStatus.Shipped, true, SandboxHarness.Start.AddDays(deliveredDaysAgo));

        var actions = await sandbox.GetAsync($"solicitations/v1/orders/{order.AmazonOrderId}?marketplaceIds={AmazonTestClient.Us}", token);
        var refused = await sandbox.SpApiAsync(HttpMethod.Post, $"solicitations/v1/orders/{order.AmazonOrderId}/solicitations/productReviewAndSellerFeedback?marketplaceIds={AmazonTestClient.Us}", token);

        Assert.Equal(0, actions.Json.GetProperty("_links").GetProperty("actions").GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Contains("5-30 day range", refused.ErrorMessage, StringComparison.Ordinal);
        Assert.Empty(sandbox.Amazon().Solicitations.Sent);
    }

    [Fact]
    public async Task Concurrent_requests_for_one_order_send_one_solicitation()
    {
        await using var sandbox = await AmazonSandbox.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        var order = sandbox.Amazon().Orders.Add(5, Marketplaces.US, SandboxHarness.Start.AddDays(-12), AmazonOrderStatus.Shipped, true, SandboxHarness.Start.AddDays(-9));
        var send = $"solicitations/v1/orders/{order.AmazonOrderId}/solicitations/productReviewAndSellerFeedback?marketplaceIds={AmazonTestClient.Us}";

        var calls = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => sandbox.SpApiAsync(HttpMethod.Post, send, token)));

        Assert.Equal(1, calls.Count(c => c.Status == HttpStatusCode.Created));
        Assert.Equal(4, calls.Count(c => c.Status == HttpStatusCode.Forbidden));
    }
}
