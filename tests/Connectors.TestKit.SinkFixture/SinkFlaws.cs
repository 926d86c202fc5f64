namespace Connectors.TestKit.SinkFixture;

/// <summary>The ways a fixture sink can break the contracts, one per conformance rule the kit must catch.</summary>
[Flags]
public enum SinkFlaws
{
    None = 0,
    MissingResult = 1 << 0,
    DuplicateResult = 1 << 1,
    NotIdempotent = 1 << 2,
    IgnoresCancellation = 1 << 3,
    BadLimits = 1 << 4,
    FailsWithoutError = 1 << 5,
    Throws = 1 << 6,
    FailsOnThrottle = 1 << 7,
    IgnoresRetryAfter = 1 << 8,
    SendsNoRequest = 1 << 9,
}
