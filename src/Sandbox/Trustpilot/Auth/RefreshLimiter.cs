namespace Connectors.Sandbox.Trustpilot.Auth;

/// <summary>
/// Refreshes per application in a rolling minute of sandbox time: Trustpilot answers 429 to a client that refreshes
/// too often (a refresh per call, say) instead of keeping its token for its 100 hours.
/// </summary>
public sealed class RefreshLimiter(TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> _recent = new(StringComparer.Ordinal);

    /// <summary>Refreshes refused so far.</summary>
    public long Refused { get; private set; }

    /// <summary>Counts one refresh, or refuses it when the application already made <paramref name="perMinute"/> in the last minute.</summary>
    public bool TryRefresh(string apiKey, int perMinute)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (!_recent.TryGetValue(apiKey, out var times))
            {
                _recent[apiKey] = times = new Queue<DateTimeOffset>();
            }

            while (times.Count > 0 && now - times.Peek() >= TimeSpan.FromMinutes(1))
            {
                times.Dequeue();
            }

            if (times.Count >= perMinute)
            {
                Refused++;
                return false;
            }

            times.Enqueue(now);
            return true;
        }
    }

    /// <summary>Forgets every refresh.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _recent.Clear();
        }
    }
}
