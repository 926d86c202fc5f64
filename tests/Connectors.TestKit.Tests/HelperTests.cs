using Microsoft.Extensions.Time.Testing;

namespace Connectors.TestKit.Tests;

/// <summary>The shared helpers do what the plugin tests rely on.</summary>
public sealed class HelperTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_sleep_skipping_clock_moves_to_a_timer_at_once_and_counts_the_sleep()
    {
        var clock = new SleepSkippingClock(Start);
        await Task.Delay(TimeSpan.FromMinutes(5), clock);
        Assert.Equal(Start.AddMinutes(5), clock.GetUtcNow());
        Assert.Equal(TimeSpan.FromMinutes(5), clock.Slept);
    }

    [Fact]
    public async Task The_clock_driver_advances_a_fake_clock_until_the_work_is_done()
    {
        var clock = new FakeTimeProvider(Start);
        var waited = await FakeClockDriver.RunAsync(clock, async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), clock);
            return clock.GetUtcNow() - Start;
        }, TimeSpan.FromSeconds(1));
        Assert.InRange(waited, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task The_quiet_clock_driver_holds_the_clock_while_there_is_activity()
    {
        var clock = new FakeTimeProvider(Start);
        long requests = 0;
        var waited = await FakeClockDriver.RunWhileQuietAsync(clock, () => Interlocked.Read(ref requests), async () =>
        {
            for (var i = 0; i < 20; i++)
            {
                Interlocked.Increment(ref requests);
                await Task.Delay(1);
            }

            await Task.Delay(TimeSpan.FromSeconds(3), clock);
            return clock.GetUtcNow() - Start;
        }, TimeSpan.FromSeconds(1));
        Assert.InRange(waited, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(30));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080/x", true)]
    [InlineData("http://localhost/", true)]
    [InlineData("http://[::1]:80/", true)]
    [InlineData("https://acme.myshopify.com/admin", false)]
    [InlineData("http://10.0.0.1/", false)]
    public void Only_loopback_addresses_count_as_test_servers(string url, bool loopback) =>
        Assert.Equal(loopback, LoopbackOnlyHandler.IsLoopback(new Uri(url)));

    [Fact]
    public async Task The_loopback_only_handler_refuses_a_real_address_before_sending()
    {
        using var http = new HttpClient(new LoopbackOnlyHandler());
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri("https://api.hubapi.com/crm/v3/objects/contacts")));
        Assert.Contains("loopback test servers only", error.Message, StringComparison.Ordinal);
    }
}
