using Connectors.TestKit.SinkFixture;

namespace Connectors.TestKit.Tests.Fixtures;

// One entry class per flaw; internal for the same reason as the flawed sources.
internal sealed class MissingResultPlugin : FixtureSinkPluginBase
{
    protected override SinkFlaws Flaws => SinkFlaws.MissingResult;
}

internal sealed class DuplicateResultPlugin : FixtureSinkPluginBase
{
    protected override SinkFlaws Flaws => SinkFlaws.DuplicateResult;
}

internal sealed class NotIdempotentPlugin : FixtureSinkPluginBase
{
    protected override SinkFlaws Flaws => SinkFlaws.NotIdempotent;
}

internal sealed class IgnoresCancellationSinkPlugin : FixtureSinkPluginBase
{
    protected override SinkFlaws Flaws => SinkFlaws.IgnoresCancellation;
}

internal sealed class BadLimitsPlugin : FixtureSinkPluginBase
{
    protected override SinkFlaws Flaws => SinkFlaws.BadLimits;
}

internal sealed class FailsWithoutErrorPlugin : FixtureSinkPluginBase
{
    protected override SinkFlaws Flaws => SinkFlaws.FailsWithoutError;
}

internal sealed class ThrowsOnPushPlugin : FixtureSinkPluginBase
{
    protected override SinkFlaws Flaws => SinkFlaws.Throws;
}

internal sealed class FailsOnThrottlePlugin : FixtureSinkPluginBase
{
    protected override SinkFlaws Flaws => SinkFlaws.FailsOnThrottle;
}

internal sealed class IgnoresRetryAfterPlugin : FixtureSinkPluginBase
{
    protected override SinkFlaws Flaws => SinkFlaws.IgnoresRetryAfter;
}

internal sealed class SendsNoRequestPlugin : FixtureSinkPluginBase
{
    protected override SinkFlaws Flaws => SinkFlaws.SendsNoRequest;
}
