using Connectors.Abstractions;
using Connectors.Sandbox.Framework;

namespace Connectors.Plugins.Zendesk.Tests;

public sealed class SinkFaultTests
{
    [Fact]
    public async Task With_429s_5xx_and_cut_answers_every_item_ends_in_exactly_one_ticket_once_retries_settle()
    {
        await using var sandbox = await ZendeskSandbox.StartAsync();
        sandbox.Vendor.Faults.Set(new FaultSettings { ThrottleShare = 0.3, ServerErrorShare = 0.05, TruncatedShare = 0.05 });
        var sink = sandbox.Sink(o => o.BatchSize = 10);
        var reviews = Enumerable.Range(1, 30).Select(i => Items.Feedback(Items.Review($"r{i}", 1 + (i % 2), $"text {i}"), Items.Customer(i % 10), i % 3 == 0 ? "urgent" : null));
        var messages = Enumerable.Range(1, 6).Select(i => Items.Feedback(Items.Message($"m{i}", $"message {i}"), Items.Customer(100 + (i % 2))));
        var items = reviews.Concat(messages).ToList();

        var results = await sandbox.PushUntilSettledAsync(sink, items);

        Assert.All(results.Values, r => Assert.Equal(SinkOutcome.Done, r.Outcome));
        var tickets = sandbox.Zendesk.Store.Tickets;
        Assert.Equal(32, tickets.Count);
        Assert.Equal(32, tickets.Select(t => t.ExternalId).Distinct().Count());
        foreach (var review in items.Where(i => i.Feedback!.Kind == FeedbackKinds.Review))
        {
            var ticket = tickets.Single(t => t.ExternalId == review.IdempotencyKey);
            Assert.Equal(ticket.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), results[review.IdempotencyKey].SinkId);
            Assert.Single(ticket.Comments);
        }

        Assert.All(tickets.Where(t => t.ExternalId!.Contains(":conversation:", StringComparison.Ordinal)), t => Assert.Equal(3, t.Comments.Count));
        Assert.Equal(12 + 1, sandbox.Zendesk.Store.Users.Count); // 12 customers and the agent
        Assert.True(sandbox.Vendor.Counters[SandboxCounters.InjectedThrottles] > 10);
        Assert.True(sandbox.Vendor.Counters[SandboxCounters.ServerErrors] > 0);
        Assert.True(sandbox.Vendor.Counters[SandboxCounters.Truncated] > 0);
    }
}
