using Connectors.EndToEnd.Tests.Support;
using Connectors.Sandbox;
using Connectors.Sandbox.Amazon;

namespace Connectors.EndToEnd.Tests;

/// <summary>The <c>reply</c> and <c>replies</c> commands of the host process, where the channel cannot be answered.</summary>
public sealed class ReplyCommandTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _dir = new();
    private SandboxServer _sandbox = null!;

    private string Db => Path.Combine(_dir.Path, "data", "store.db");

    public async Task InitializeAsync()
    {
        var options = new SandboxOptions { Customers = 120, Seed = 5 };
        options.Amazon.Knobs = new AmazonKnobs { RateScale = 1000 };
        _sandbox = await SandboxServer.StartAsync(options);
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    public void Dispose() => _dir.Dispose();

    private Task<HostResult> Host(params string[] args) => HostProcess.RunAsync(_dir.Path, [.. args, "-c", "connectors.json"], AmazonSandboxConfig.Env());

    [Fact]
    public async Task Replying_where_the_channel_cannot_be_answered_or_to_an_unknown_item_is_a_clear_usage_error()
    {
        AmazonSandboxConfig.Write(_dir, _sandbox);
        var sync = await Host("sync", "amz", "--stream", "seller_feedback");
        Assert.True(sync.ExitCode == 0, sync.ToString());
        var key = StoreQueries.Text(Db, "SELECT key FROM feedback WHERE kind = 'seller_feedback' LIMIT 1")!;

        var amazon = await Host("reply", key, "--text", "Sorry about that");
        var unknown = await Host("reply", "amz:nope", "--text", "Hello");
        var neither = await Host("reply", key);
        var none = await Host("replies");

        Assert.True(amazon.ExitCode == 2, amazon.ToString());
        Assert.Contains("cannot post replies", amazon.Stdout + amazon.Stderr, StringComparison.Ordinal);
        Assert.True(unknown.ExitCode == 2, unknown.ToString());
        Assert.Contains("no feedback item 'amz:nope'", unknown.Stdout + unknown.Stderr, StringComparison.Ordinal);
        Assert.True(neither.ExitCode == 2, neither.ToString());
        Assert.Contains("--text", neither.Stdout + neither.Stderr, StringComparison.Ordinal);
        Assert.True(none.ExitCode == 0, none.ToString());
        Assert.Contains("No replies yet", none.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM replies"));
    }
}
