namespace Connectors.TestKit.Tests.Fixtures;

/// <summary>The ways a fixture source can break the contracts, one per conformance rule the kit must catch.</summary>
[Flags]
public enum SourceFlaws
{
    None = 0,
    BadManifest = 1 << 0,
    ValidatesNothing = 1 << 1,
    NamesNoMember = 1 << 2,
    CheckThrows = 1 << 3,
    CheckAlwaysPasses = 1 << 4,
    CheckShowsSecret = 1 << 5,
    CallsTheNetwork = 1 << 6,
    InvalidRecords = 1 << 7,
    UnstableKeys = 1 << 8,
    NoCheckpoint = 1 << 9,
    StampsReadTime = 1 << 10,
    IgnoresCheckpoint = 1 << 11,
    RawCheckpointError = 1 << 12,
    CrashesOnCheckpoint = 1 << 13,
    IgnoresCancellation = 1 << 14,
    AcceptsForgery = 1 << 15,
    VerifyThrows = 1 << 16,
    UndeclaredWebhooks = 1 << 17,
    NoRecords = 1 << 18,
    SkipsLastPageOnReread = 1 << 19,
    IgnoresUnknownCheckpoint = 1 << 20,
    LogsSecret = 1 << 21,
    UndeclaredStreams = 1 << 22,
}
