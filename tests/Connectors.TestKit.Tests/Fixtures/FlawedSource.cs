namespace Connectors.TestKit.Tests.Fixtures;

/// <summary>The kit run against a flawed fixture source. Internal, so xunit does not run its checks; the tests call them.</summary>
internal sealed class FlawedSource<TPlugin> : FixtureSourceSuite<TPlugin>
    where TPlugin : FixtureSourcePluginBase, new()
{
    /// <summary>Runs one check on a fresh suite, as xunit would, and returns how it failed.</summary>
    public static async Task<Conformance.ConformanceException> FailsAsync(Func<FlawedSource<TPlugin>, Task> check)
    {
        var suite = new FlawedSource<TPlugin>();
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

    public static Task<Conformance.ConformanceException> Fails(Action<FlawedSource<TPlugin>> check) =>
        FailsAsync(suite =>
        {
            check(suite);
            return Task.CompletedTask;
        });
}
