using Connectors.TestKit.Tests.Fixtures;

namespace Connectors.TestKit.Tests;

/// <summary>The good fixture source passes every check of the kit: the kit accepts a plugin that keeps the contracts.</summary>
public sealed class FixtureSourceConformanceTests : FixtureSourceSuite<FixtureSourcePlugin>;
