using System.Net;
using Connectors.Sandbox.Meta;
using Connectors.Sandbox.Meta.Data;

namespace Connectors.Sandbox.Tests.Meta;

public sealed class MetaHistoryTests
{
    [Fact]
    public async Task Conversations_page_by_cursor_newest_first_for_each_platform()
    {
        await using var sandbox = await MetaSandbox.StartAsync();
        var ids = new List<string>();
        var times = new List<string>();
        var next = $"{MetaDefaults.PageId}/conversations?platform=messenger&limit=5";
        var pages = 0;
        while (next is not null)
        {
            var page = await sandbox.GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            foreach (var item in page.Json.GetProperty("data").EnumerateArray())
            {
                ids.Add(item.GetProperty("id").GetString()!);
                times.Add(item.GetProperty("updated_time").GetString()!);
            }

            var paging = page.Json.GetProperty("paging");
            Assert.True(paging.GetProperty("cursors").TryGetProperty("after", out _));
            next = paging.TryGetProperty("next", out var link) ? link.GetString() : null;
            pages++;
        }

        Assert.Equal(4, pages);
        Assert.Equal(sandbox.Meta().Inbox.Of(MetaChannel.Messenger).Select(c => c.Id).Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        Assert.Equal(times.OrderDescending(StringComparer.Ordinal), times);
        Assert.All(times, t => Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000$", t));

        var instagram = await sandbox.GetAsync($"{MetaDefaults.PageId}/conversations?platform=instagram&limit=100");
        Assert.Equal(12, instagram.Json.GetProperty("data").GetArrayLength());
        Assert.All(instagram.Json.GetProperty("data").EnumerateArray(), c => Assert.StartsWith("aWdf", c.GetProperty("id").GetString(), StringComparison.Ordinal));

        // Time-based paging does not exist: since/until change nothing.
        var since = await sandbox.GetAsync($"{MetaDefaults.PageId}/conversations?platform=messenger&limit=100&since=2030-01-01");
        Assert.Equal(16, since.Json.GetProperty("data").GetArrayLength());
    }

    [Fact]
    public async Task A_conversation_has_its_messages_and_participants_and_a_message_its_fields()
    {
        await using var sandbox = await MetaSandbox.StartAsync();
        var conversation = sandbox.Meta().Inbox.Of(MetaChannel.Messenger)[1];

        var answer = await sandbox.GetAsync($"{conversation.Id}?fields=messages{{id,created_time,from,to,message}},participants,updated_time");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var participants = answer.Json.GetProperty("participants").GetProperty("data");
        Assert.Equal(conversation.Contact.ScopedId, participants[0].GetProperty("id").GetString());
        Assert.Equal(conversation.Contact.Name, participants[0].GetProperty("name").GetString());
        Assert.Equal(MetaDefaults.PageId, participants[1].GetProperty("id").GetString());
        var messages = answer.Json.GetProperty("messages").GetProperty("data");
        Assert.Equal(conversation.Messages.Count, messages.GetArrayLength());
        Assert.Equal(conversation.Messages[^1].Id, messages[0].GetProperty("id").GetString());
        Assert.Equal(conversation.Messages[^1].Text, messages[0].GetProperty("message").GetString());

        var image = conversation.Messages.First(m => m.Kind == MetaMessageKind.Image);
        var byId = await sandbox.GetAsync($"{image.Id}?fields=id,created_time,from,to,message,attachments");
        Assert.Equal(image.Id, byId.Json.GetProperty("id").GetString());
        Assert.Equal(conversation.Contact.ScopedId, byId.Json.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal(MetaDefaults.PageId, byId.Json.GetProperty("to").GetProperty("data")[0].GetProperty("id").GetString());
        Assert.Equal(image.Media, byId.Json.GetProperty("attachments").GetProperty("data")[0].GetProperty("image_data").GetProperty("url").GetString());
    }

    [Fact]
    public async Task Instagram_serves_only_the_20_most_recent_messages()
    {
        await using var sandbox = await MetaSandbox.StartAsync();
        var conversation = sandbox.Meta().Inbox.Of(MetaChannel.Instagram)[0];
        Assert.Equal(25, conversation.Messages.Count);

        var seen = new List<string>();
        string? next = $"{conversation.Id}/messages?fields=id,message&limit=8";
        while (next is not null)
        {
            var page = await sandbox.GetAsync(next);
            seen.AddRange(page.Json.GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString()!));
            next = page.Json.GetProperty("paging").TryGetProperty("next", out var link) ? link.GetString() : null;
        }

        Assert.Equal(conversation.Messages.Reverse().Take(20).Select(m => m.Id), seen);
        var old = await sandbox.GetAsync(conversation.Messages[0].Id + "?fields=id,message");
        Assert.Equal(HttpStatusCode.BadRequest, old.Status);
        Assert.Equal(100, old.ErrorCode);
        Assert.Equal(33, old.ErrorSubcode);
        var recent = await sandbox.GetAsync(conversation.Messages[^1].Id + "?fields=id,message,from");
        Assert.Equal(conversation.Contact.Username, recent.Json.GetProperty("from").GetProperty("username").GetString());
    }

    [Fact]
    public async Task WhatsApp_has_no_history_so_a_gap_there_cannot_be_pulled()
    {
        await using var sandbox = await MetaSandbox.StartAsync();
        var conversation = sandbox.Meta().Inbox.Of(MetaChannel.WhatsApp)[0];

        var byConversation = await sandbox.GetAsync(conversation.Id);
        var byMessage = await sandbox.GetAsync(conversation.Messages[0].Id);
        var list = await sandbox.GetAsync($"{MetaDefaults.PhoneNumberId}/conversations");

        Assert.All(new[] { byConversation, byMessage, list }, a =>
        {
            Assert.Equal(HttpStatusCode.BadRequest, a.Status);
            Assert.Equal(100, a.ErrorCode);
        });
    }

    [Fact]
    public async Task Messages_dropped_while_delivery_is_paused_are_found_by_a_history_pull()
    {
        await using var receiver = await MetaReceiver.StartAsync();
        await using var sandbox = await MetaSandbox.StartAsync(receiver);
        var webhooks = sandbox.Meta().Webhooks;

        await sandbox.ControlAsync(HttpMethod.Post, "_sandbox/meta/webhooks/pause");
        sandbox.Clock.Advance(TimeSpan.FromMinutes(3));
        var missed = await sandbox.ControlAsync(HttpMethod.Post, "_sandbox/meta/webhooks/inbound?count=2&channel=messenger");
        await sandbox.ControlAsync(HttpMethod.Post, "_sandbox/meta/webhooks/resume");
        sandbox.Clock.Advance(TimeSpan.FromMinutes(1));
        var delivered = Assert.Single(webhooks.DeliverNewInbound(1, MetaChannel.Messenger));
        Assert.True(await webhooks.WhenIdleAsync(TimeSpan.FromSeconds(5)));

        var gap = missed.EnumerateArray().Select(m => m.GetProperty("id").GetString()!).ToList();
        Assert.Equal(gap, webhooks.Dropped);
        Assert.Equal([delivered.Id], receiver.Stored.Keys);

        // Heal: the conversations updated since the last delivery, newest first, hold the missed messages.
        var pulled = new HashSet<string>(StringComparer.Ordinal);
        var recent = await sandbox.GetAsync($"{MetaDefaults.PageId}/conversations?platform=messenger&fields=updated_time,messages.limit(5){{id,message}}&limit=3");
        foreach (var c in recent.Json.GetProperty("data").EnumerateArray())
        {
            pulled.UnionWith(c.GetProperty("messages").GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString()!));
        }

        Assert.Subset(pulled, gap.ToHashSet(StringComparer.Ordinal));
    }
}
