using Connectors.Plugins.Trustpilot.Streams;

namespace Connectors.Plugins.Trustpilot.Tests.Streams;

/// <summary>The checkpoint document: what the plugin writes reads back unchanged, anything else is refused by name.</summary>
public sealed class TrustpilotCheckpointTests
{
    private const string InPass =
        "{\"version\":1,\"through\":\"2026-05-01T10:00:00+00:00\",\"pass\":{\"start\":\"2026-04-01T10:00:00+00:00\",\"page\":3,\"newest\":\"2026-05-02T10:00:00+00:00\"}}";

    [Fact]
    public void A_stored_checkpoint_reads_back_and_writes_the_same_json()
    {
        var checkpoint = TrustpilotCheckpoint.Parse(InPass);

        Assert.Equal(3, checkpoint.Pass!.Page);
        Assert.Equal(InPass, checkpoint.Serialize());
        Assert.Equal(TrustpilotCheckpoint.Example, TrustpilotCheckpoint.Parse(TrustpilotCheckpoint.Example).Serialize());
        Assert.Equal("{\"version\":1}", TrustpilotCheckpoint.Parse(null).Serialize());
    }

    [Theory]
    [InlineData("{\"version\":2}", "version 2 is not 1")]
    [InlineData("{\"version\":1,\"cursor\":\"x\"}", "cursor")]
    [InlineData("{\"version\":1,\"pass\":{\"page\":0,\"start\":\"2026-04-01T10:00:00+00:00\"}}", "a pass needs a page from 1")]
    [InlineData("{\"version\":1,\"pass\":{\"page\":2}}", "its start or stopBefore")]
    [InlineData("{\"version\":", "")]
    public void Anything_else_is_refused_with_how_to_reset(string json, string why)
    {
        var error = Assert.Throws<InvalidOperationException>(() => TrustpilotCheckpoint.Parse(json));

        Assert.Contains("trustpilot checkpoint", error.Message, StringComparison.Ordinal);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
        Assert.Contains("Reset the stream's checkpoint", error.Message, StringComparison.Ordinal);
    }
}
