namespace Connectors.TestKit.Tests.Fixtures;

/// <summary>The good fixture source: the one public entry class of this assembly, as the host requires.</summary>
public sealed class FixtureSourcePlugin : FixtureSourcePluginBase
{
    protected override SourceFlaws Flaws => SourceFlaws.None;
}
