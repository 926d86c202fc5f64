using Connectors.Abstractions;

namespace Connectors.Plugins.Zendesk.Tests;

public sealed class SinkConversationTests
{
    [Fact]
    public async Task Messages_from_one_person_on_one_channel_share_one_ticket_with_a_comment_each()
    {
        await using var sandbox = await ZendeskSandbox.StartAsync();
        var sink = sandbox.Sink();
        var jane = Items.Customer(1, name: "Jane Doe");

        var first = await sink.PushAsync([Items.Feedback(Items.Message("m1", "Where is my order?"), jane)], CancellationToken.None);
        var second = await sink.PushAsync([Items.Feedback(Items.Message("m2", "Hello?? Still waiting"), jane), Items.Feedback(Items.Message("m3", "Hi"), Items.Customer(2))], CancellationToken.None);

        var ticket = sandbox.Zendesk.Store.TicketsByExternalId("helpdesk:conversation:whatsapp:1").Single();
        Assert.Equal(first[0].SinkId, second[0].SinkId);
        Assert.Equal(["Where is my order?", "Hello?? Still waiting"], ticket.Comments.Select(c => c.Body.Split('\n')[0]));
        Assert.Equal("message from Jane Doe on whatsapp", ticket.Subject);
        Assert.Equal(2, sandbox.Zendesk.Store.Tickets.Count);
    }

    [Fact]
    public async Task A_message_after_the_conversation_ticket_was_solved_opens_a_new_ticket()
    {
        await using var sandbox = await ZendeskSandbox.StartAsync();
        var sink = sandbox.Sink();
        var jane = Items.Customer(1);
        var first = (await sink.PushAsync([Items.Feedback(Items.Message("m1", "Where is my order?"), jane)], CancellationToken.None)).Single();
        sandbox.Zendesk.Store.SetTicketStatus(long.Parse(first.SinkId!, System.Globalization.CultureInfo.InvariantCulture), "solved");

        var later = (await sink.PushAsync([Items.Feedback(Items.Message("m2", "Another question"), jane)], CancellationToken.None)).Single();

        Assert.Equal(SinkOutcome.Done, later.Outcome);
        Assert.NotEqual(first.SinkId, later.SinkId);
        Assert.Equal(2, sandbox.Zendesk.Store.TicketsByExternalId("helpdesk:conversation:whatsapp:1").Count);
    }

    [Fact]
    public async Task The_same_person_on_another_channel_is_another_conversation()
    {
        await using var sandbox = await ZendeskSandbox.StartAsync();
        var jane = Items.Customer(1);

        await sandbox.Sink().PushAsync(
            [Items.Feedback(Items.Message("m1", "Hi"), jane), Items.Feedback(Items.Message("m2", "Hi", Channels.Instagram), jane)], CancellationToken.None);

        Assert.Equal(2, sandbox.Zendesk.Store.Tickets.Count);
        Assert.Single(sandbox.Zendesk.Store.Users, u => u.ExternalId == "1");
    }
}
