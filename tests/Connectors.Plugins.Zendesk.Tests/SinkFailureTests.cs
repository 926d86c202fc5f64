using Connectors.Abstractions;
using Connectors.Sandbox.Framework;

namespace Connectors.Plugins.Zendesk.Tests;

public sealed class SinkFailureTests
{
    [Fact]
    public async Task A_rejected_item_fails_with_zendesks_words_and_the_rest_of_the_batch_goes_through()
    {
        await using var sandbox = await ZendeskSandbox.StartAsync();
        var items = new[]
        {
            Items.Feedback(Items.Review("r1", 1, "a"), Items.Customer(1)),
            Items.Feedback(Items.Review("r2", 1, "b"), Items.Customer(2, email: "not-an-email")),
            Items.Feedback(Items.Review("r3", 1, "c"), Items.Customer(3)),
        };

        var results = await sandbox.Sink().PushAsync(items, CancellationToken.None);

        Assert.Equal([SinkOutcome.Done, SinkOutcome.Failed, SinkOutcome.Done], results.Select(r => r.Outcome));
        Assert.Equal(
            "Zendesk refused the user 2: Zendesk rejected POST api/v2/users/create_or_update: 422: RecordInvalid: Record validation errors " +
            "(email: Email: not-an-email is not properly formatted)",
            results[1].Error);
        Assert.Equal(2, sandbox.Zendesk.Store.Tickets.Count);
    }

    [Fact]
    public async Task Refused_credentials_fail_every_item_with_a_message_for_the_operator()
    {
        await using var sandbox = await ZendeskSandbox.StartAsync();
        var sink = sandbox.Sink(o => o.ApiToken = "wrong");

        var results = await sink.PushAsync([Items.Feedback(Items.Review("r1", 1, "a"), Items.Customer(1)), Items.Customer(Items.Customer(2))], CancellationToken.None);
        var check = await sink.CheckAsync(CancellationToken.None);

        Assert.All(results, r =>
        {
            Assert.Equal(SinkOutcome.Failed, r.Outcome);
            Assert.Contains("check the connector's email and apiToken", r.Error, StringComparison.Ordinal);
        });
        Assert.False(check.Ok);
        Assert.Contains("Couldn't authenticate you", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_check_names_the_account_and_the_agent()
    {
        await using var sandbox = await ZendeskSandbox.StartAsync();

        var check = await sandbox.Sink().CheckAsync(CancellationToken.None);

        Assert.True(check.Ok, check.Message);
        Assert.Equal($"connected to {sandbox.Server.BaseUrl} as Sandbox Agent <{sandbox.Zendesk.Email}> (admin)", check.Message);
    }

    [Fact]
    public async Task A_short_retry_after_is_waited_out_in_the_push_and_the_request_sent_again()
    {
        await using var sandbox = await ZendeskSandbox.StartAsync();
        sandbox.Zendesk.Knobs = sandbox.Zendesk.Knobs with { RequestsPerMinute = 1 };
        sandbox.Clock.Advance(TimeSpan.FromSeconds(15));

        // Another host (its own budget) spends the account's minute first.
        using (var other = PluginServices.For<ZendeskPlugin>())
        {
            Assert.Equal(SinkOutcome.Done, (await sandbox.Sink(services: other).PushAsync([Items.Customer(Items.Customer(9))], CancellationToken.None)).Single().Outcome);
        }

        var result = (await sandbox.Sink().PushAsync([Items.Customer(Items.Customer(1))], CancellationToken.None)).Single();

        Assert.Equal(SinkOutcome.Done, result.Outcome);
        Assert.Equal(1, sandbox.Vendor.Counters.Throttled);
        Assert.Equal(TimeSpan.FromSeconds(45), sandbox.Clock.Slept);
        var accepted = sandbox.Vendor.Received.Items[^1];
        Assert.Equal(ZendeskSandbox.Start.AddMinutes(1), accepted.At);
    }

    [Fact]
    public async Task A_long_retry_after_hands_the_batch_back_and_nothing_is_sent_until_it_has_passed()
    {
        await using var sandbox = await ZendeskSandbox.StartAsync();
        sandbox.Zendesk.Knobs = sandbox.Zendesk.Knobs with { ThrottleRetryAfterSeconds = 120 };
        sandbox.Vendor.Faults.Set(new FaultSettings { ThrottleShare = 1 });
        var sink = sandbox.Sink();
        var items = Enumerable.Range(1, 3).Select(i => Items.Feedback(Items.Review($"r{i}", 1, "x"), Items.Customer(i))).ToArray();

        var results = await sink.PushAsync(items, CancellationToken.None);
        sandbox.Vendor.Faults.Reset();
        sandbox.Clock.Advance(TimeSpan.FromSeconds(50));
        var tooSoon = await sink.PushAsync(items, CancellationToken.None);
        var requests = sandbox.Vendor.Counters.Requests;
        sandbox.Clock.Advance(TimeSpan.FromSeconds(70));
        var later = await sink.PushAsync(items, CancellationToken.None);

        Assert.All(results, r => Assert.Equal((SinkOutcome.Retry, TimeSpan.FromSeconds(120)), (r.Outcome, r.RetryAfter)));
        Assert.StartsWith("Zendesk rate limit: 429: APIRateLimitExceeded", results[0].Error, StringComparison.Ordinal);
        Assert.All(tooSoon, r => Assert.Equal((SinkOutcome.Retry, TimeSpan.FromSeconds(70)), (r.Outcome, r.RetryAfter)));
        Assert.Equal(1, requests);
        Assert.All(later, r => Assert.Equal(SinkOutcome.Done, r.Outcome));
        Assert.True(sandbox.Clock.Slept < TimeSpan.FromSeconds(1), $"slept {sandbox.Clock.Slept}");
    }

    [Fact]
    public async Task A_budget_learned_from_the_rate_headers_paces_requests_so_zendesk_never_refuses_one()
    {
        await using var sandbox = await ZendeskSandbox.StartAsync();
        sandbox.Zendesk.Knobs = sandbox.Zendesk.Knobs with { RequestsPerMinute = 2 };
        var sink = sandbox.Sink();

        var results = await sink.PushAsync([.. Enumerable.Range(1, 4).Select(i => Items.Customer(Items.Customer(i)))], CancellationToken.None);

        Assert.All(results, r => Assert.Equal(SinkOutcome.Done, r.Outcome));
        Assert.Equal(0, sandbox.Vendor.Counters.Throttled);
        Assert.True(sandbox.Clock.Slept >= TimeSpan.FromMinutes(1), $"slept {sandbox.Clock.Slept}");
    }

    [Fact]
    public async Task Server_errors_are_retried_in_the_push_for_requests_that_cannot_apply_twice()
    {
        await using var sandbox = await ZendeskSandbox.StartAsync();
        sandbox.Vendor.Faults.Set(new FaultSettings { ServerErrorShare = 1 });
        var sink = sandbox.Sink();

        var result = (await sink.PushAsync([Items.Customer(Items.Customer(1))], CancellationToken.None)).Single();

        Assert.Equal(SinkOutcome.Retry, result.Outcome);
        Assert.StartsWith("Zendesk failed POST api/v2/users/create_or_update: 50", result.Error, StringComparison.Ordinal);
        Assert.Equal(4, sandbox.Vendor.Counters.Requests);
    }
}
