using System.Net;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Webhook;

namespace Connectors.Sandbox.Tests.Webhook;

public sealed class WebhookFaultTests
{
    [Fact]
    public async Task Injected_429s_carry_retry_after_in_seconds_or_as_a_date_and_accept_nothing()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        sandbox.Server.Vendor("webhook").Faults.Set(new FaultSettings { ThrottleShare = 1 });
        sandbox.Webhook().Knobs = sandbox.Webhook().Knobs with { RetryAfterSeconds = 37 };

        var seconds = await sandbox.PostAsync("hooks/alerts", """{"n":1}""");
        sandbox.Webhook().Knobs = sandbox.Webhook().Knobs with { RetryAfterAsDate = true };
        var date = await sandbox.PostAsync("hooks/alerts", """{"n":1}""");

        Assert.Equal(HttpStatusCode.TooManyRequests, seconds.Status);
        Assert.Equal(TimeSpan.FromSeconds(37), seconds.Headers.RetryAfter!.Delta);
        Assert.Equal(SandboxHarness.Start.AddSeconds(37), date.Headers.RetryAfter!.Date);
        Assert.Empty(sandbox.Webhook().Deliveries.All);
        Assert.Equal(2, sandbox.Server.Vendor("webhook").Counters[SandboxCounters.InjectedThrottles]);
    }

    [Fact]
    public async Task Injected_server_errors_and_forced_5xx_answer_before_anything_is_accepted()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        sandbox.Server.Vendor("webhook").Faults.Set(new FaultSettings { ServerErrorShare = 1 });

        var answer = await sandbox.PostAsync("hooks/alerts", """{"n":1}""");
        sandbox.Server.Vendor("webhook").Faults.Reset();
        sandbox.Webhook().Knobs = sandbox.Webhook().Knobs with { AnswerStatus = 503, RetryAfterSeconds = 5 };
        var forced = await sandbox.PostAsync("hooks/alerts", """{"n":1}""");

        Assert.True((int)answer.Status >= 500, $"status {answer.Status}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, forced.Status);
        Assert.Equal(TimeSpan.FromSeconds(5), forced.Headers.RetryAfter!.Delta);
        Assert.Empty(sandbox.Webhook().Deliveries.All);
    }

    [Fact]
    public async Task Knobs_out_of_range_are_refused()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);

        var error = Assert.Throws<ArgumentException>(() => sandbox.Webhook().Knobs = new WebhookKnobs { AnswerStatus = 200, ToleranceSeconds = 0 });

        Assert.Contains("answerStatus must be a refusing or failing HTTP status", error.Message, StringComparison.Ordinal);
        Assert.Contains("toleranceSeconds must be between 1 and 86400", error.Message, StringComparison.Ordinal);
    }
}
