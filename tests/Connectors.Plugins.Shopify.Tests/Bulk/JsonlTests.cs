using Connectors.PluginSdk.Sources;
using System.Text;
using System.Text.Json;
using Connectors.Plugins.Shopify.Bulk;
using Connectors.Plugins.Shopify.Streams;

namespace Connectors.Plugins.Shopify.Tests.Bulk;

public sealed class JsonlTests
{
    private static readonly BulkLineParser Parser = new("acme-eu");

    private static async Task<List<(long Line, MappedNode? Node)>> ReadAsync(string jsonl, long skip = 0, int chunk = 7)
    {
        // A tiny-chunked stream makes lines straddle reads, as they do over the network.
        using var stream = new ChunkedStream(Encoding.UTF8.GetBytes(jsonl), chunk);
        var lines = new List<(long, MappedNode?)>();
        await foreach (var line in JsonlReader.ReadAsync<MappedNode?>(stream, skip, Parser.Parse, CancellationToken.None))
        {
            lines.Add(line);
        }

        return lines;
    }

    [Fact]
    public async Task Children_before_their_parent_are_mapped_on_their_own_and_merge_with_the_parent_in_a_batch()
    {
        var jsonl =
            "{\"id\":\"gid://shopify/Order/9\",\"name\":\"#9\",\"note\":null,\"createdAt\":\"2024-01-01T00:00:00Z\",\"updatedAt\":\"2024-01-02T00:00:00Z\",\"__parentId\":\"gid://shopify/Customer/3\"}\n" +
            "{\"id\":\"gid://shopify/Customer/3\",\"firstName\":\"Cy\",\"updatedAt\":\"2024-02-01T00:00:00Z\",\"tags\":[],\"email\":\"cy@example.com\"}\n" +
            "{\"id\":\"gid://shopify/Order/10\",\"name\":\"#10\",\"note\":\"Leave at door\",\"createdAt\":\"2024-01-03T00:00:00Z\",\"updatedAt\":\"2024-01-03T00:00:00Z\",\"__parentId\":\"gid://shopify/Customer/3\"}\n";

        var lines = await ReadAsync(jsonl);
        var builder = new SourceBatchBuilder(CustomerMerges.FullestWins);
        lines.ForEach(l => builder.Add(l.Node!.Customer, l.Node!.Feedback));
        var batch = builder.Build("{}");

        Assert.Equal([1L, 2L, 3L], lines.Select(l => l.Line));
        var customer = Assert.Single(batch.Customers);
        Assert.Equal("gid://shopify/Customer/3", customer.SourceId);
        Assert.Equal("cy@example.com", customer.Email);
        Assert.Equal(["gid://shopify/Order/9", "gid://shopify/Order/10"], customer.OrderIds);
        var note = Assert.Single(batch.Feedback);
        Assert.Equal("gid://shopify/Customer/3", note.CustomerSourceId);
        Assert.Equal("Leave at door", note.Body);
    }

    [Fact]
    public async Task Crlf_blank_lines_a_missing_final_newline_and_skipped_lines_are_handled()
    {
        var jsonl =
            "{\"id\":\"gid://shopify/Customer/1\",\"updatedAt\":\"2024-02-01T00:00:00Z\"}\r\n" +
            "\r\n" +
            "{\"id\":\"gid://shopify/Customer/2\",\"updatedAt\":\"2024-02-01T00:00:00Z\"}\n" +
            "{\"id\":\"gid://shopify/Product/5\",\"title\":\"not read\"}\n" +
            "{\"id\":\"gid://shopify/Customer/3\",\"updatedAt\":\"2024-02-01T00:00:00Z\"}";

        var all = await ReadAsync(jsonl);
        var resumed = await ReadAsync(jsonl, skip: 3);

        Assert.Equal([1L, 3L, 4L, 5L], all.Select(l => l.Line));
        Assert.Null(all[2].Node);
        Assert.Equal("gid://shopify/Customer/3", all[3].Node!.Id);
        Assert.Equal([4L, 5L], resumed.Select(l => l.Line));
    }

    [Theory]
    [InlineData("{\"id\":\"gid://shopify/Customer/1\",\"updatedAt\":\"2024-02-")]
    [InlineData("{\"id\":\"gid://shopify/Customer/1\"} trailing")]
    [InlineData("[1,2]")]
    public async Task A_cut_or_garbled_line_throws_so_the_download_is_retried(string line)
    {
        await Assert.ThrowsAnyAsync<JsonException>(() => ReadAsync(line + "\n"));
    }

    /// <summary>Hands out at most <c>chunk</c> bytes per read.</summary>
    private sealed class ChunkedStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, chunk), cancellationToken);
    }
}
