using System.Globalization;
using Connectors.Abstractions;

namespace Connectors.Plugins.Zendesk.Tests;

public sealed class SinkCustomerTests
{
    [Fact]
    public async Task A_customer_item_creates_then_updates_one_user_and_answers_its_id()
    {
        await using var sandbox = await ZendeskSandbox.StartAsync();
        var sink = sandbox.Sink();

        var created = (await sink.PushAsync([Items.Customer(Items.Customer(5, name: "Jo"))], CancellationToken.None)).Single();
        var updated = (await sink.PushAsync([Items.Customer(Items.Customer(5, name: "Jo Doe", phone: "+33612345678"))], CancellationToken.None)).Single();

        Assert.Equal(SinkOutcome.Done, created.Outcome);
        Assert.Equal(created.SinkId, updated.SinkId);
        var user = sandbox.Zendesk.Store.GetUser(long.Parse(created.SinkId!, CultureInfo.InvariantCulture))!;
        Assert.Equal(("Jo Doe", "+33612345678", "5"), (user.Name, user.Phone, user.ExternalId));
    }

    [Fact]
    public async Task A_customer_without_a_name_is_named_after_the_email_and_a_sources_own_customer_is_channel_qualified()
    {
        await using var sandbox = await ZendeskSandbox.StartAsync();
        var shopify = new CustomerRecord { SourceId = "7000000000001", Channel = Channels.Shopify, Email = "ann@example.com" };

        await sandbox.Sink().PushAsync([Items.Customer(shopify)], CancellationToken.None);

        var user = sandbox.Zendesk.Store.FindUserByExternalId("shopify:7000000000001")!;
        Assert.Equal("ann@example.com", user.Name);
    }

    [Fact]
    public async Task An_item_with_nothing_to_push_fails()
    {
        await using var sandbox = await ZendeskSandbox.StartAsync();

        var result = (await sandbox.Sink().PushAsync([new SinkItem { IdempotencyKey = "k" }], CancellationToken.None)).Single();

        Assert.Equal(SinkOutcome.Failed, result.Outcome);
    }
}
