using Connectors.Abstractions;

namespace Connectors.Plugins.Webhook.Tests;

public sealed class RedirectTests
{
    [Fact]
    public async Task A_redirect_that_turns_the_post_into_a_get_fails_the_item_instead_of_passing_for_done()
    {
        await using var sandbox = await WebhookSandbox.StartAsync();
        await using var redirect = await RedirectingServer.StartAsync(sandbox.HookUrl);

        var result = (await sandbox.Sink(o => o.Url = new Uri(redirect.BaseUrl, "found")).PushAsync([Items.Alert()], CancellationToken.None)).Single();

        Assert.Equal(SinkOutcome.Failed, result.Outcome);
        Assert.StartsWith($"the receiver at {redirect.BaseUrl.GetLeftPart(UriPartial.Authority)} redirected the POST, so the item was never delivered", result.Error, StringComparison.Ordinal);
        Assert.Empty(sandbox.Receiver.Deliveries.All);
    }

    [Fact]
    public async Task A_redirect_that_keeps_the_post_delivers_the_same_signed_body()
    {
        await using var sandbox = await WebhookSandbox.StartAsync();
        await using var redirect = await RedirectingServer.StartAsync(sandbox.HookUrl);

        var result = (await sandbox.Sink(o => o.Url = new Uri(redirect.BaseUrl, "temporary")).PushAsync([Items.Alert()], CancellationToken.None)).Single();

        Assert.Equal(SinkOutcome.Done, result.Outcome);
        Assert.True(sandbox.Single().Delivery.Verified);
    }
}
