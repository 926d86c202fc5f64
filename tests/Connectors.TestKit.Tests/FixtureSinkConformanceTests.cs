using Connectors.TestKit.SinkFixture;
using Connectors.TestKit.Tests.Fixtures;

namespace Connectors.TestKit.Tests;

/// <summary>The good fixture sink passes every check of the kit (its first attempt at each item meets a 429, which the kit retries).</summary>
public sealed class FixtureSinkConformanceTests : FixtureSinkSuite<FixtureSinkPlugin>;
