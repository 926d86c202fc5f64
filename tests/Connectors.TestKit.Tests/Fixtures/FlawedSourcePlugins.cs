namespace Connectors.TestKit.Tests.Fixtures;

// One entry class per flaw, so a suite runs the kit against a plugin with exactly that flaw. They are internal: the host
// (and the kit's manifest check) finds only public entry classes, and this assembly has one good one.

internal sealed class BadManifestPlugin : FixtureSourcePluginBase
{
    protected override SourceFlaws Flaws => SourceFlaws.BadManifest;
}

internal sealed class ValidatesNothingPlugin : FixtureSourcePluginBase
{
    protected override SourceFlaws Flaws => SourceFlaws.ValidatesNothing;
}

internal sealed class NamesNoMemberPlugin : FixtureSourcePluginBase
{
    protected override SourceFlaws Flaws => SourceFlaws.NamesNoMember;
}

internal sealed class CheckThrowsPlugin : FixtureSourcePluginBase
{
    protected override SourceFlaws Flaws => SourceFlaws.CheckThrows;
}

internal sealed class CheckAlwaysPassesPlugin : FixtureSourcePluginBase
{
    protected override SourceFlaws Flaws => SourceFlaws.CheckAlwaysPasses;
}

internal sealed class CheckShowsSecretPlugin : FixtureSourcePluginBase
{
    protected override SourceFlaws Flaws => SourceFlaws.CheckShowsSecret;
}

internal sealed class CallsTheNetworkPlugin : FixtureSourcePluginBase
{
    protected override SourceFlaws Flaws => SourceFlaws.CallsTheNetwork;
}

internal sealed class InvalidRecordsPlugin : FixtureSourcePluginBase
{
    protected override SourceFlaws Flaws => SourceFlaws.InvalidRecords;
}

internal sealed class UnstableKeysPlugin : FixtureSourcePluginBase
{
    protected override SourceFlaws Flaws => SourceFlaws.UnstableKeys;
}

internal sealed class NoCheckpointPlugin : FixtureSourcePluginBase
{
    protected override SourceFlaws Flaws => SourceFlaws.NoCheckpoint;
}

internal sealed class StampsReadTimePlugin : FixtureSourcePluginBase
{
    protected override SourceFlaws Flaws => SourceFlaws.StampsReadTime;
}

internal sealed class IgnoresCheckpointPlugin : FixtureSourcePluginBase
{
    protected override SourceFlaws Flaws => SourceFlaws.IgnoresCheckpoint;
}

internal sealed class RawCheckpointErrorPlugin : FixtureSourcePluginBase
{
    protected override SourceFlaws Flaws => SourceFlaws.RawCheckpointError;
}

internal sealed class CrashesOnCheckpointPlugin : FixtureSourcePluginBase
{
    protected override SourceFlaws Flaws => SourceFlaws.CrashesOnCheckpoint;
}

internal sealed class IgnoresCancellationPlugin : FixtureSourcePluginBase
{
    protected override SourceFlaws Flaws => SourceFlaws.IgnoresCancellation;
}

internal sealed class AcceptsForgeryPlugin : FixtureSourcePluginBase
{
    protected override SourceFlaws Flaws => SourceFlaws.AcceptsForgery;
}

internal sealed class VerifyThrowsPlugin : FixtureSourcePluginBase
{
    protected override SourceFlaws Flaws => SourceFlaws.VerifyThrows;
}

internal sealed class UndeclaredWebhooksPlugin : FixtureSourcePluginBase
{
    protected override SourceFlaws Flaws => SourceFlaws.UndeclaredWebhooks;
}

internal sealed class NoRecordsPlugin : FixtureSourcePluginBase
{
    protected override SourceFlaws Flaws => SourceFlaws.NoRecords;
}

internal sealed class SkipsLastPageOnRereadPlugin : FixtureSourcePluginBase
{
    protected override SourceFlaws Flaws => SourceFlaws.SkipsLastPageOnReread;
}

internal sealed class IgnoresUnknownCheckpointPlugin : FixtureSourcePluginBase
{
    protected override SourceFlaws Flaws => SourceFlaws.IgnoresUnknownCheckpoint;
}

internal sealed class LogsSecretPlugin : FixtureSourcePluginBase
{
    protected override SourceFlaws Flaws => SourceFlaws.LogsSecret;
}

internal sealed class UndeclaredStreamsPlugin : FixtureSourcePluginBase
{
    protected override SourceFlaws Flaws => SourceFlaws.UndeclaredStreams;
}
