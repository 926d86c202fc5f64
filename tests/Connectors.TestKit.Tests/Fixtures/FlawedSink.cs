using Connectors.TestKit.SinkFixture;

namespace Connectors.TestKit.Tests.Fixtures;

/// <summary>The kit run against a flawed fixture sink. Internal, so xunit does not run its checks; the tests call them.</summary>
internal sealed class FlawedSink<TPlugin> : FixtureSinkSuite<TPlugin>
    where TPlugin : FixtureSinkPluginBase, new()
{
    public static async Task<Conformance.ConformanceException> FailsAsync(Func<FlawedSink<TPlugin>, Task> check)
    {
        var suite = new FlawedSink<TPlugin>();
        await suite.InitializeAsync();
        try
        {
            return await Assert.ThrowsAsync<Conformance.ConformanceException>(() => check(suite));
        }
        finally
        {
            await suite.DisposeAsync();
        }
    }
}
