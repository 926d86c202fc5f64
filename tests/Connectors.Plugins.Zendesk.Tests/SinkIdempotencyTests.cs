using System.Globalization;
using Connectors.Abstractions;

namespace Connectors.Plugins.Zendesk.Tests;

public sealed class SinkIdempotencyTests
{
    [Fact]
    public async Task A_second_push_after_a_lost_done_finds_the_ticket_by_external_id_and_adds_nothing()
    {
        await using var sandbox = await ZendeskSandbox.StartAsync();
        var sink = sandbox.Sink();
        var item = Items.Feedback(Items.Review("r1", 1, "Broken"), Items.Customer(1), "urgent");

        var first = (await sink.PushAsync([item], CancellationToken.None)).Single();
        var again = (await sink.PushAsync([item], CancellationToken.None)).Single();

        Assert.Equal(SinkOutcome.Done, again.Outcome);
        Assert.Equal(first.SinkId, again.SinkId);
        var ticket = sandbox.Zendesk.Store.Tickets.Single();
        Assert.Single(ticket.Comments);
        Assert.Single(sandbox.Vendor.Received.Items, r => r.Method == "POST" && r.Path == "/api/v2/tickets");
    }

    [Fact]
    public async Task When_the_lookup_lags_the_idempotency_key_returns_the_first_ticket()
    {
        await using var sandbox = await ZendeskSandbox.StartAsync();
        sandbox.Zendesk.Knobs = sandbox.Zendesk.Knobs with { ExternalIdListLagSeconds = 600 };
        var sink = sandbox.Sink();
        var item = Items.Feedback(Items.Review("r1", 1, "Broken"), Items.Customer(1));

        var first = (await sink.PushAsync([item], CancellationToken.None)).Single();
        var again = (await sink.PushAsync([item], CancellationToken.None)).Single();

        Assert.Equal(first.SinkId, again.SinkId);
        Assert.Single(sandbox.Zendesk.Store.Tickets);
        Assert.Equal(1, sandbox.Vendor.Counters["idempotencyHits"]);
        Assert.All(sandbox.Vendor.Received.Items.Where(r => r.Path == "/api/v2/tickets"),
            r => Assert.Equal(item.IdempotencyKey, r.Headers["Idempotency-Key"]));
    }

    [Fact]
    public async Task An_item_pushed_again_with_its_sink_id_and_new_text_adds_one_comment_to_that_ticket()
    {
        await using var sandbox = await ZendeskSandbox.StartAsync();
        var sink = sandbox.Sink();
        var review = Items.Review("r1", 2, "Late");
        var done = (await sink.PushAsync([Items.Feedback(review, Items.Customer(1), "normal")], CancellationToken.None)).Single();

        var edited = Items.Feedback(review with { Body = "Late and broken", Rating = Rating.FromScale(1, RatingScale.Stars1To5) }, Items.Customer(1), "urgent", existing: done.SinkId);
        var update = (await sink.PushAsync([edited], CancellationToken.None)).Single();
        var replay = (await sink.PushAsync([edited], CancellationToken.None)).Single();

        Assert.Equal(done.SinkId, update.SinkId);
        Assert.Equal(done.SinkId, replay.SinkId);
        var ticket = sandbox.Zendesk.Store.Tickets.Single();
        Assert.Equal(2, ticket.Comments.Count);
        Assert.StartsWith("Late and broken\n", ticket.Comments[1].Body, StringComparison.Ordinal);
        Assert.Equal("urgent", ticket.Priority);
        Assert.Equal("open", ticket.Status);
    }

    [Fact]
    public async Task A_routed_priority_never_lowers_a_ticket_and_a_solved_ticket_reopens()
    {
        await using var sandbox = await ZendeskSandbox.StartAsync();
        var sink = sandbox.Sink();
        var review = Items.Review("r1", 1, "Broken");
        var done = (await sink.PushAsync([Items.Feedback(review, Items.Customer(1), "urgent")], CancellationToken.None)).Single();
        var id = long.Parse(done.SinkId!, CultureInfo.InvariantCulture);
        sandbox.Zendesk.Store.SetTicketStatus(id, "solved");

        await sink.PushAsync([Items.Feedback(review with { Body = "Still broken" }, Items.Customer(1), "low", existing: done.SinkId)], CancellationToken.None);

        var ticket = sandbox.Zendesk.Store.GetTicket(id)!;
        Assert.Equal("urgent", ticket.Priority);
        Assert.Equal("open", ticket.Status);
        Assert.Equal(2, ticket.Comments.Count);
    }

    [Fact]
    public async Task A_closed_ticket_gets_one_follow_up_even_when_the_push_is_repeated()
    {
        await using var sandbox = await ZendeskSandbox.StartAsync();
        var sink = sandbox.Sink();
        var review = Items.Review("r1", 1, "Broken");
        var done = (await sink.PushAsync([Items.Feedback(review, Items.Customer(1))], CancellationToken.None)).Single();
        var closedId = long.Parse(done.SinkId!, CultureInfo.InvariantCulture);
        sandbox.Zendesk.Store.SetTicketStatus(closedId, "closed");
        var edited = Items.Feedback(review with { Body = "Still broken" }, Items.Customer(1), existing: done.SinkId);

        var followUp = (await sink.PushAsync([edited], CancellationToken.None)).Single();
        var replay = (await sink.PushAsync([edited], CancellationToken.None)).Single();

        Assert.NotEqual(done.SinkId, followUp.SinkId);
        Assert.Equal(followUp.SinkId, replay.SinkId);
        var created = sandbox.Zendesk.Store.GetTicket(long.Parse(followUp.SinkId!, CultureInfo.InvariantCulture))!;
        Assert.Equal(closedId, created.FollowupSourceId);
        Assert.Equal(2, sandbox.Zendesk.Store.Tickets.Count);
    }
}
