using System.Text.Json.Serialization;
using Connectors.PluginSdk.Sources;

namespace Connectors.PluginSdk.Tests.Sources;

public sealed partial class CheckpointFormatTests
{
    internal sealed record Cursor([property: JsonPropertyName("after")] string? After, [property: JsonPropertyName("note")] string? Note = null);

    [JsonSerializable(typeof(Cursor))]
    internal sealed partial class CursorJson : JsonSerializerContext;

    private static readonly CheckpointFormat<Cursor> Format = new(CursorJson.Default, "acme", "{\"after\":\"r-7\"}", "Reset the stream's checkpoint to read it again.");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void No_checkpoint_is_a_first_run(string? checkpoint) => Assert.Null(Format.Read(checkpoint));

    [Fact]
    public void A_written_checkpoint_reads_back_and_leaves_nulls_out()
    {
        var text = Format.Write(new Cursor("r-7"));

        Assert.Equal("{\"after\":\"r-7\"}", text);
        Assert.Equal(new Cursor("r-7"), Format.Read(text));
    }

    [Theory]
    [InlineData("{\"version\":999,\"cursor\":\"newer release\"}", "could not be mapped")]
    [InlineData("{\"after\":\"r-", "")]
    [InlineData("not json", "")]
    [InlineData("null", "it is null")]
    public void Anything_else_is_refused_with_a_message_that_says_checkpoint_and_how_to_reset(string checkpoint, string why)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Format.Read(checkpoint));

        Assert.StartsWith($"The acme checkpoint '{checkpoint}' is not valid (", error.Message, StringComparison.Ordinal);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
        Assert.EndsWith("expected JSON such as {\"after\":\"r-7\"}. Reset the stream's checkpoint to read it again.", error.Message, StringComparison.Ordinal);
    }
}
