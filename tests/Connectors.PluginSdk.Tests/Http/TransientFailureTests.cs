using Connectors.PluginSdk.Http;

namespace Connectors.PluginSdk.Tests.Http;

public sealed class TransientFailureTests
{
    [Fact]
    public void Dropped_connections_cut_bodies_and_timeouts_are_passing_failures()
    {
        Assert.Equal("the request failed: refused", TransientFailure.Describe(new HttpRequestException("refused"), CancellationToken.None));
        Assert.Equal("the body was cut off: reset", TransientFailure.Describe(new IOException("reset"), CancellationToken.None));
        Assert.Equal("the request timed out", TransientFailure.Describe(new TaskCanceledException(), CancellationToken.None));
    }

    [Fact]
    public void The_callers_cancellation_and_other_errors_are_not()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Null(TransientFailure.Describe(new TaskCanceledException(), cancelled.Token));
        Assert.Null(TransientFailure.Describe(new InvalidOperationException("a bug"), CancellationToken.None));
    }
}
