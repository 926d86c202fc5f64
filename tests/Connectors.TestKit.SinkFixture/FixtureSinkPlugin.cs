namespace Connectors.TestKit.SinkFixture;

/// <summary>The good fixture sink: the one public entry class of this assembly, as the host requires.</summary>
public sealed class FixtureSinkPlugin : FixtureSinkPluginBase
{
    protected override SinkFlaws Flaws => SinkFlaws.None;
}
