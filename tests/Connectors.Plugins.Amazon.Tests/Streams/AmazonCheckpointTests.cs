using Connectors.Plugins.Amazon.Streams;

namespace Connectors.Plugins.Amazon.Tests.Streams;

/// <summary>The checkpoint document: the JSON earlier runs stored reads back unchanged, anything else is refused by name.</summary>
public sealed class AmazonCheckpointTests
{
    // Every member, as the plugin wrote checkpoints before it read them through the SDK's CheckpointFormat.
    private const string Stored =
        "{\"version\":1," +
        "\"marketplaces\":{\"ATVPDKIKX0DER\":{\"through\":\"2026-05-01T10:00:00+00:00\",\"report\":{\"id\":\"50012\",\"start\":\"2026-05-01T10:00:00+00:00\",\"end\":\"2026-05-02T10:00:00+00:00\",\"rows\":500}}}," +
        "\"regions\":{\"na\":{\"since\":\"2026-05-01T09:00:00+00:00\",\"pass\":{\"after\":\"2026-05-01T08:55:00+00:00\",\"before\":\"2026-05-02T09:57:00+00:00\",\"nextToken\":\"page-2\"}}}," +
        "\"refreshedAt\":\"2026-04-30T00:00:00+00:00\"}";

    [Fact]
    public void A_stored_checkpoint_reads_back_and_writes_the_same_json()
    {
        var checkpoint = AmazonCheckpoint.Parse(Stored);

        Assert.Equal(500, checkpoint.Marketplace("ATVPDKIKX0DER").Report!.Rows);
        Assert.Equal("page-2", checkpoint.Region("na").Pass!.NextToken);
        Assert.Equal(Stored, checkpoint.Serialize());
        Assert.Equal(AmazonCheckpoint.Example, AmazonCheckpoint.Parse(AmazonCheckpoint.Example).Serialize());
    }

    [Fact]
    public void No_checkpoint_is_a_first_run()
    {
        Assert.Equal("{\"version\":1}", AmazonCheckpoint.Parse(null).Serialize());
        Assert.Null(AmazonCheckpoint.Parse(" ").Marketplaces);
    }

    [Theory]
    [InlineData("{\"version\":2}", "version 2 is not 1")]
    [InlineData("{\"version\":1,\"cursor\":\"x\"}", "cursor")]
    [InlineData("{\"version\":1,\"marketplaces\":{\"ATVPDKIKX0DER\":{\"report\":{\"id\":\"\"}}}}", "a report needs an id")]
    [InlineData("{\"version\":", "")]
    public void Anything_else_is_refused_with_how_to_reset(string json, string why)
    {
        var error = Assert.Throws<InvalidOperationException>(() => AmazonCheckpoint.Parse(json));

        Assert.Contains("amazon checkpoint", error.Message, StringComparison.Ordinal);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
        Assert.Contains("Reset the stream's checkpoint", error.Message, StringComparison.Ordinal);
    }
}
