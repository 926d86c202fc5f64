using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Tests.Shopify;

public sealed class FaultTests
{
    private const string Query = "{ customers(first: 5) { nodes { id email } } }";

    [Fact]
    public async Task Shares_of_429_and_5xx_are_drawn_from_the_seed_and_counted()
    {
        var first = await Statuses(seed: 7);
        var second = await Statuses(seed: 7);
        var other = await Statuses(seed: 8);
        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
        Assert.InRange(first.Count(s => s == 429), 5, 35);
        Assert.InRange(first.Count(s => s >= 500), 5, 35);
        Assert.Contains(200, first);

        static async Task<List<int>> Statuses(int seed)
        {
            await using var sandbox = await SandboxHarness.StartAsync(customers: 5, o =>
            {
                o.Seed = seed;
                o.Faults["shopify"] = new FaultSettings { ThrottleShare = 0.2, ServerErrorShare = 0.2 };
            });
            var statuses = new List<int>();
            for (var i = 0; i < 100; i++)
            {
                var answer = await sandbox.QueryAsync(Query);
                statuses.Add((int)answer.Status);
                if (answer.Status == HttpStatusCode.TooManyRequests)
                {
                    Assert.Equal("THROTTLED", answer.FirstError.GetProperty("extensions").GetProperty("code").GetString());
                    Assert.Equal(TimeSpan.FromSeconds(1), answer.RetryAfter);
                }
            }

            var counters = sandbox.Shopify.Vendor.Counters;
            Assert.Equal(100, counters.Requests);
            Assert.Equal(statuses.Count(s => s == 429), counters.Throttled);
            Assert.Equal(statuses.Count(s => s >= 500), counters[SandboxCounters.ServerErrors]);
            return statuses;
        }
    }

    [Fact]
    public async Task Truncated_and_malformed_bodies_do_not_parse()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 5);
        var whole = await sandbox.QueryAsync(Query);
        sandbox.Shopify.Vendor.Faults.Set(new FaultSettings { TruncatedShare = 1 });
        var truncated = await sandbox.QueryAsync(Query);
        Assert.Equal(HttpStatusCode.OK, truncated.Status);
        Assert.Equal(whole.Body.Length / 2, truncated.Body.Length);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(truncated.Body));

        sandbox.Shopify.Vendor.Faults.Set(new FaultSettings { MalformedShare = 1 });
        var malformed = await sandbox.QueryAsync(Query);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(malformed.Body));
        Assert.Equal(1, sandbox.Shopify.Vendor.Counters[SandboxCounters.Truncated]);
        Assert.Equal(1, sandbox.Shopify.Vendor.Counters[SandboxCounters.Malformed]);
    }

    [Fact]
    public async Task Tokens_expire_after_a_number_of_requests_or_a_time()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 5);
        sandbox.Shopify.Vendor.Faults.Set(new FaultSettings { TokenExpiresAfterRequests = 2 });
        Assert.Equal(HttpStatusCode.OK, (await sandbox.QueryAsync(Query)).Status);
        Assert.Equal(HttpStatusCode.OK, (await sandbox.QueryAsync(Query)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await sandbox.QueryAsync(Query)).Status);

        sandbox.Shopify.Vendor.Faults.Set(new FaultSettings { TokenExpiresAfterSeconds = 60 });
        Assert.Equal(HttpStatusCode.OK, (await sandbox.QueryAsync(Query)).Status);
        sandbox.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(HttpStatusCode.Unauthorized, (await sandbox.QueryAsync(Query)).Status);
    }

    [Fact]
    public async Task A_cursor_repeats_once_then_paging_goes_on()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 30);
        sandbox.Shopify.Vendor.Faults.Set(new FaultSettings { RepeatCursorOnce = true });
        const string page = "query($a: String) { customers(first: 10, after: $a) { nodes { id } pageInfo { hasNextPage endCursor } } }";
        var one = await sandbox.QueryAsync(page, new { a = (string?)null });
        var cursor = one.Data.GetProperty("customers").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var two = await sandbox.QueryAsync(page, new { a = cursor });
        Assert.Equal(cursor, two.Data.GetProperty("customers").GetProperty("pageInfo").GetProperty("endCursor").GetString());
        var again = await sandbox.QueryAsync(page, new { a = cursor });
        Assert.NotEqual(cursor, again.Data.GetProperty("customers").GetProperty("pageInfo").GetProperty("endCursor").GetString());
        Assert.Equal(two.Data.GetProperty("customers").GetProperty("nodes").GetRawText(), again.Data.GetProperty("customers").GetProperty("nodes").GetRawText());
    }

    [Fact]
    public async Task Latency_is_added_to_every_request()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 5);
        await sandbox.QueryAsync(Query);
        sandbox.Shopify.Vendor.Faults.Set(new FaultSettings { LatencyMs = 150 });
        var watch = Stopwatch.StartNew();
        await sandbox.QueryAsync(Query);
        Assert.True(watch.ElapsedMilliseconds >= 140, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Out_of_range_knobs_are_refused_with_every_reason()
    {
        var errors = new FaultSettings { ThrottleShare = 2, LatencyMs = -1 }.Validate();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("throttleShare", StringComparison.Ordinal));
    }
}
