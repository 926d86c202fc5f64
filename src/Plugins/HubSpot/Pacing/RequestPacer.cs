using Connectors.PluginSdk.Http;

namespace Connectors.Plugins.HubSpot.Pacing;

/// <summary>
/// The client side of one HubSpot account's rolling window, shared by every sink instance using the same token.
/// A request may start only while fewer than <see cref="Max"/> requests are in flight or finished within the last
/// <see cref="Window"/>. Finished requests are stamped when their answer arrives, which is never before HubSpot counted
/// them, so a request started a window after that stamp always lands in a later window on HubSpot's side too.
/// The window and limit start from the options and are then learned from each answer's rate headers; requests HubSpot
/// reports beyond our own count (another app on the same token) are added as if just made.
/// </summary>
public sealed class RequestPacer
{
    /// <summary>Spacing of search requests, which HubSpot limits to about 5 per second on their own.</summary>
    public static readonly TimeSpan SearchSpacing = TimeSpan.FromMilliseconds(250);

    private static readonly TimeSpan AllBusyPoll = TimeSpan.FromMilliseconds(5);
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly Queue<long> _finished = new();
    private int _inFlight;
    private int _max;
    private TimeSpan _window;
    private long _nextSearch;
    private DateTimeOffset? _dailyExhaustedUntil;

    /// <summary>Creates a pacer from the configured budget; answers refine it.</summary>
    public RequestPacer(int requestsPerWindow, TimeSpan window, TimeProvider time)
    {
        _max = Math.Max(1, requestsPerWindow);
        _window = window;
        _time = time;
        _nextSearch = time.GetTimestamp();
    }

    /// <summary>Requests allowed per window, as last learned.</summary>
    public int Max
    {
        get
        {
            lock (_gate)
            {
                return _max;
            }
        }
    }

    /// <summary>The window's length, as last learned.</summary>
    public TimeSpan Window
    {
        get
        {
            lock (_gate)
            {
                return _window;
            }
        }
    }

    /// <summary>Until when the daily limit is spent, when an answer said so.</summary>
    public DateTimeOffset? DailyExhaustedUntil
    {
        get
        {
            lock (_gate)
            {
                return _dailyExhaustedUntil is { } until && until > _time.GetUtcNow() ? until : null;
            }
        }
    }

    /// <summary>Waits for room in the window and takes it; pair every call with <see cref="Complete"/>.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                Prune();
                if (_finished.Count + _inFlight < _max)
                {
                    _inFlight++;
                    return;
                }

                wait = _finished.Count > 0 ? Remaining(_finished.Peek()) : AllBusyPoll;
            }

            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    /// <summary>Spaces search requests (their own per-second limit); call before <see cref="WaitAsync"/>.</summary>
    public async Task WaitForSearchAsync(CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            var start = Math.Max(now, _nextSearch);
            _nextSearch = start + (long)(SearchSpacing.TotalSeconds * _time.TimestampFrequency);
            wait = _time.GetElapsedTime(now, start);
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    /// <summary>Records that a request taken with <see cref="WaitAsync"/> has finished, and what its answer said.</summary>
    /// <param name="headers">The answer's rate headers of the 10-second window, if any.</param>
    /// <param name="dailyRemaining">Requests left today, if the answer said.</param>
    /// <param name="throttledBy">The 429's policy (<c>TEN_SECONDLY_ROLLING</c>, <c>DAILY</c>, <c>SECONDLY</c>, or empty when unnamed), when HubSpot refused it.</param>
    public void Complete(RateLimitHeaders? headers, int? dailyRemaining = null, string? throttledBy = null)
    {
        lock (_gate)
        {
            _inFlight = Math.Max(0, _inFlight - 1);
            _finished.Enqueue(_time.GetTimestamp());
            if (headers is not null)
            {
                Learn(headers);
            }

            if (throttledBy == "DAILY" || dailyRemaining == 0)
            {
                _dailyExhaustedUntil = NextUtcMidnight();
            }
            else if (throttledBy == "SECONDLY")
            {
                _nextSearch = _time.GetTimestamp() + _time.TimestampFrequency;
            }
            else if (throttledBy is not null)
            {
                // HubSpot says the window is full, whatever we counted: wait a whole window before the next request.
                Fill();
            }
        }
    }

    private void Learn(RateLimitHeaders headers)
    {
        if (headers.Window is { } interval)
        {
            _window = interval;
        }

        if (headers.Limit is > 0)
        {
            _max = headers.Limit.Value;
        }

        if (headers.Limit is { } max && headers.Remaining is { } remaining)
        {
            Prune();
            var used = max - remaining;
            while (_finished.Count + _inFlight < used)
            {
                _finished.Enqueue(_time.GetTimestamp());
            }
        }
    }

    private void Fill()
    {
        var now = _time.GetTimestamp();
        while (_finished.Count + _inFlight < _max)
        {
            _finished.Enqueue(now);
        }
    }

    private void Prune()
    {
        while (_finished.Count > 0 && Remaining(_finished.Peek()) <= TimeSpan.Zero)
        {
            _finished.Dequeue();
        }
    }

    /// <summary>
    /// How long until a request finished at <paramref name="stamp"/> leaves the window. A 2% margin (and a millisecond)
    /// covers the client's and HubSpot's clocks ticking at slightly different rates.
    /// </summary>
    private TimeSpan Remaining(long stamp) => _window + (_window / 50) + TimeSpan.FromMilliseconds(1) - _time.GetElapsedTime(stamp);

    private DateTimeOffset NextUtcMidnight() => new DateTimeOffset(_time.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero).AddDays(1);
}
