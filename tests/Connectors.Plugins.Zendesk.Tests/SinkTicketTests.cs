using Connectors.Abstractions;

namespace Connectors.Plugins.Zendesk.Tests;

public sealed class SinkTicketTests
{
    [Fact]
    public async Task Each_item_becomes_one_ticket_on_its_requester_with_priority_tags_external_id_and_rendered_text()
    {
        await using var sandbox = await ZendeskSandbox.StartAsync();
        var sink = sandbox.Sink(o => o.Tags = ["VoC", "from connectors"]);
        var items = new[]
        {
            Items.Feedback(Items.Review("r1", 1, "Broken on arrival", orderId: "#1001"), Items.Customer(1, name: "Jane Doe"), "urgent"),
            Items.Feedback(Items.Review("r2", 2, "Late", channel: Channels.Amazon), Items.Customer(2, phone: "+4915112345678"), priority: null),
            Items.Feedback(Items.Review("r3", 1, "Rude"), Items.Customer(1, name: "Jane Doe"), "not-a-priority"),
        };

        var results = await sink.PushAsync(items, CancellationToken.None);

        Assert.All(results, r => Assert.Equal(SinkOutcome.Done, r.Outcome));
        var store = sandbox.Zendesk.Store;
        Assert.Equal(3, store.Tickets.Count);
        Assert.Equal(3, store.Users.Count);
        var jane = store.FindUserByExternalId("1")!;
        Assert.Equal(("Jane Doe", "customer1@example.com"), (jane.Name, jane.Email));
        Assert.Equal("+4915112345678", store.FindUserByExternalId("2")!.Phone);

        var first = store.GetTicket(long.Parse(results[0].SinkId!, System.Globalization.CultureInfo.InvariantCulture))!;
        Assert.Equal("helpdesk:feedback:trustpilot-eu:r1", first.ExternalId);
        Assert.Equal(jane.Id, first.RequesterId);
        Assert.Equal("urgent", first.Priority);
        Assert.Equal(["trustpilot", "review", "voc", "from_connectors"], first.Tags);
        Assert.Equal("1★ review from Jane Doe on trustpilot", first.Subject);
        Assert.StartsWith("Broken on arrival\n\n---\nReview on trustpilot, rated 1 (stars 1-5)\nOrder: #1001\n", first.Description, StringComparison.Ordinal);
        Assert.Contains("Source: https://www.trustpilot.com/reviews/r1", first.Description, StringComparison.Ordinal);
        Assert.EndsWith("Ref: helpdesk:feedback:trustpilot-eu:r1 #", first.Description[..^10], StringComparison.Ordinal);
        Assert.False(first.Comments[0].Public);

        var second = store.TicketsByExternalId("helpdesk:feedback:amazon-eu:r2").Single();
        Assert.Equal("normal", second.Priority);
        Assert.Equal(["amazon", "review", "voc", "from_connectors"], second.Tags);
        Assert.Equal("normal", store.TicketsByExternalId("helpdesk:feedback:trustpilot-eu:r3").Single().Priority);
    }

    [Fact]
    public async Task Feedback_without_a_known_author_is_filed_by_the_api_agent()
    {
        await using var sandbox = await ZendeskSandbox.StartAsync();

        var result = (await sandbox.Sink().PushAsync([Items.Feedback(Items.Review("r1", 1, "Broken"), customer: null)], CancellationToken.None)).Single();

        Assert.Equal(SinkOutcome.Done, result.Outcome);
        Assert.Equal(sandbox.Zendesk.Store.AgentId, sandbox.Zendesk.Store.Tickets.Single().RequesterId);
        Assert.Equal("1★ review from a customer on trustpilot", sandbox.Zendesk.Store.Tickets.Single().Subject);
    }

    [Fact]
    public async Task Public_comments_and_custom_templates_are_honoured()
    {
        await using var sandbox = await ZendeskSandbox.StartAsync();
        var sink = sandbox.Sink(o =>
        {
            o.PublicComments = true;
            o.SubjectTemplate = "[{{ item.priority | upcase }}] {{ feedback.title | default: feedback.kind }}";
            o.BodyTemplate = "{{ customer.name }} wrote: {{ feedback.text }}";
            o.DefaultPriority = Priority.High;
        });

        await sink.PushAsync([Items.Feedback(Items.Review("r1", 1, "Broken"), Items.Customer(1))], CancellationToken.None);

        var ticket = sandbox.Zendesk.Store.Tickets.Single();
        Assert.Equal("[HIGH] review", ticket.Subject);
        Assert.StartsWith("Customer 1 wrote: Broken\n\nRef: ", ticket.Description, StringComparison.Ordinal);
        Assert.True(ticket.Comments[0].Public);
    }

    [Fact]
    public async Task A_customer_with_several_items_in_a_batch_is_upserted_once()
    {
        await using var sandbox = await ZendeskSandbox.StartAsync();
        var customer = Items.Customer(1);

        await sandbox.Sink().PushAsync([Items.Feedback(Items.Review("r1", 1, "a"), customer), Items.Feedback(Items.Review("r2", 1, "b"), customer)], CancellationToken.None);

        Assert.Single(sandbox.Vendor.Received.Items, r => r.Path == "/api/v2/users/create_or_update");
        Assert.Equal(2, sandbox.Zendesk.Store.Tickets.Count);
    }
}
