using System.Text.Json;
using Connectors.Plugins.Meta.Client;

namespace Connectors.Plugins.Meta.Tests.Client;

/// <summary>Graph writes offsets without a colon (<c>+0000</c>), which .NET does not read by itself.</summary>
public sealed class GraphTimeTests
{
    [Theory]
    [InlineData("2026-12-08T04:12:00+0000", "2026-12-08T04:12:00+00:00")]
    [InlineData("2026-12-08T06:12:00+0200", "2026-12-08T04:12:00+00:00")]
    [InlineData("2026-12-08T04:12:00Z", "2026-12-08T04:12:00+00:00")]
    public void Graph_times_are_read_as_UTC(string given, string expected)
    {
        using var doc = JsonDocument.Parse($"{{\"t\":\"{given}\"}}");

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), doc.RootElement.Time("t"));
    }

    [Fact]
    public void A_missing_or_unreadable_time_is_null()
    {
        using var doc = JsonDocument.Parse("{\"t\":\"yesterday\"}");

        Assert.Null(doc.RootElement.Time("t"));
        Assert.Null(doc.RootElement.Time("missing"));
    }
}
