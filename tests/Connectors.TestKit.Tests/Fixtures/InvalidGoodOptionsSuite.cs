namespace Connectors.TestKit.Tests.Fixtures;

/// <summary>An author's mistake the kit reports: "good" options that do not validate.</summary>
internal sealed class InvalidGoodOptionsSuite : FixtureSourceSuite<FixtureSourcePlugin>
{
    protected override object GoodOptions() => new FixtureOptions { ApiKey = "has space" };
}
