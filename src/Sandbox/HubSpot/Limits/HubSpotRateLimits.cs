using System.Collections.Concurrent;

namespace Connectors.Sandbox.HubSpot.Limits;

/// <summary>
/// HubSpot's limits per private-app token: a rolling window (100 or 190 requests per 10 s), a daily limit, and the
/// search endpoints' own per-second limit. Arrival times come from the sandbox clock; refused requests are not counted.
/// </summary>
public sealed class HubSpotRateLimits
{
    private const int SearchWindowMilliseconds = 1000;
    private readonly ConcurrentDictionary<string, TokenState> _tokens = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;

    internal HubSpotRateLimits(TimeProvider clock) => _clock = clock;

    /// <summary>The state of a token's limits now.</summary>
    public RateLimitStatus Status(string token, HubSpotKnobs knobs)
    {
        var state = State(token);
        lock (state)
        {
            var now = _clock.GetUtcNow();
            Prune(state.Window, now, knobs.WindowMilliseconds);
            RollDay(state, now);
            return new RateLimitStatus(knobs.RequestsPerWindow, state.Window.Count, knobs.WindowMilliseconds, knobs.DailyLimit, state.DailyCount, state.Peak);
        }
    }

    /// <summary>Forgets every window and daily count.</summary>
    public void Reset() => _tokens.Clear();

    /// <summary>Counts a request if the limits allow it.</summary>
    internal RateDecision TryAcquire(string token, HubSpotKnobs knobs, bool search)
    {
        var state = State(token);
        lock (state)
        {
            var now = _clock.GetUtcNow();
            Prune(state.Window, now, knobs.WindowMilliseconds);
            Prune(state.Search, now, SearchWindowMilliseconds);
            RollDay(state, now);
            var enforce = knobs.RateLimitingEnabled;
            string? refused = null;
            if (enforce && state.DailyCount >= knobs.DailyLimit)
            {
                refused = "DAILY";
            }
            else if (enforce && search && state.Search.Count >= knobs.SearchRequestsPerSecond)
            {
                refused = "SECONDLY";
            }
            else if (enforce && !search && state.Window.Count >= knobs.RequestsPerWindow)
            {
                refused = "TEN_SECONDLY_ROLLING";
            }

            if (refused is null)
            {
                state.DailyCount++;
                (search ? state.Search : state.Window).Enqueue(now);
                state.Peak = Math.Max(state.Peak, state.Window.Count);
            }

            return Decision(state, knobs, refused);
        }
    }

    /// <summary>The headers' view without counting anything (for answers refused before the limits are consulted).</summary>
    internal RateDecision Peek(string token, HubSpotKnobs knobs)
    {
        var state = State(token);
        lock (state)
        {
            var now = _clock.GetUtcNow();
            Prune(state.Window, now, knobs.WindowMilliseconds);
            RollDay(state, now);
            return Decision(state, knobs, null);
        }
    }

    private static RateDecision Decision(TokenState state, HubSpotKnobs knobs, string? refused) => new(
        refused is null,
        refused,
        knobs.RequestsPerWindow,
        Math.Max(0, knobs.RequestsPerWindow - state.Window.Count),
        knobs.WindowMilliseconds,
        knobs.DailyLimit,
        Math.Max(0, knobs.DailyLimit - state.DailyCount));

    private static void Prune(Queue<DateTimeOffset> arrivals, DateTimeOffset now, int windowMilliseconds)
    {
        var start = now - TimeSpan.FromMilliseconds(windowMilliseconds);
        while (arrivals.TryPeek(out var at) && at <= start)
        {
            arrivals.Dequeue();
        }
    }

    private static void RollDay(TokenState state, DateTimeOffset now)
    {
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        if (day != state.Day)
        {
            state.Day = day;
            state.DailyCount = 0;
        }
    }

    private TokenState State(string token) => _tokens.GetOrAdd(token, static _ => new TokenState());

    private sealed class TokenState
    {
        public Queue<DateTimeOffset> Window { get; } = new();

        public Queue<DateTimeOffset> Search { get; } = new();

        public DateOnly Day { get; set; }

        public int DailyCount { get; set; }

        public int Peak { get; set; }
    }
}
