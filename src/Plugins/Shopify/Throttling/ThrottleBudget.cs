using System.Collections.Concurrent;
using Connectors.PluginSdk.Pacing;

namespace Connectors.Plugins.Shopify.Throttling;

/// <summary>
/// The client-side picture of one shop's leaky bucket (per app and store), shared by every stream and job that
/// uses the same shop and token. Before a query the caller waits until the bucket, as last reported and refilled
/// since at the restore rate, can afford the query's cost; every answer then resets the picture to what Shopify saw.
/// </summary>
public sealed class ThrottleBudget
{
    /// <summary>The cost assumed for a query never sent before; the first answer teaches the real one.</summary>
    public const double DefaultCost = 50;

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, double> _costs = new(StringComparer.Ordinal);
    private bool _known;
    private double _available;
    private double _maximum;
    private double _restoreRate;
    private long _stamp;

    /// <summary>Creates an empty budget; nothing is known until the first answer reports the bucket.</summary>
    public ThrottleBudget(TimeProvider time) => _time = time;

    /// <summary>
    /// The budget of <paramref name="shopDomain"/> with <paramref name="accessToken"/> for the life of the host, created on
    /// first use: Shopify's bucket is per app and store, so every connector instance, stream and job reading the same
    /// shop with the same token draws on one budget.
    /// </summary>
    public static ThrottleBudget Of(BudgetRegistry<ThrottleBudget> budgets, string shopDomain, string accessToken, TimeProvider time) =>
        budgets.Get(BudgetKey.ForAccount(shopDomain, accessToken), () => new ThrottleBudget(time));

    /// <summary>The points the bucket holds now, as far as the client knows; <c>null</c> before the first answer.</summary>
    public double? Available
    {
        get
        {
            lock (_gate)
            {
                return _known ? Refilled() : null;
            }
        }
    }

    /// <summary>The cost the query under <paramref name="key"/> asked for last time, or <see cref="DefaultCost"/>.</summary>
    public double EstimateCost(string key) => _costs.TryGetValue(key, out var cost) ? cost : DefaultCost;

    /// <summary>Remembers the requested cost Shopify reported for the query under <paramref name="key"/>.</summary>
    public void LearnCost(string key, double requestedCost)
    {
        if (requestedCost > 0)
        {
            _costs[key] = requestedCost;
        }
    }

    /// <summary>Resets the picture to the bucket Shopify reported with an answer.</summary>
    public void Report(double currentlyAvailable, double maximumAvailable, double restoreRate)
    {
        lock (_gate)
        {
            _available = Math.Max(0, currentlyAvailable);
            _maximum = maximumAvailable > 0 ? maximumAvailable : Math.Max(_maximum, currentlyAvailable);
            _restoreRate = restoreRate > 0 ? restoreRate : _restoreRate;
            _stamp = _time.GetTimestamp();
            _known = true;
        }
    }

    /// <summary>Marks the bucket empty now: a 429 without a reported bucket says only that it ran dry.</summary>
    public void Drain()
    {
        lock (_gate)
        {
            if (_known)
            {
                _available = 0;
                _stamp = _time.GetTimestamp();
            }
        }
    }

    /// <summary>How long until the bucket holds <paramref name="cost"/> points; zero when it already does or nothing is known.</summary>
    public TimeSpan TimeUntilAffordable(double cost)
    {
        lock (_gate)
        {
            return Shortfall(cost);
        }
    }

    /// <summary>
    /// Waits until the bucket can afford <paramref name="cost"/> and reserves it, so concurrent callers sharing the
    /// budget do not all spend the same points. Before the first answer nothing is known and the call returns at once.
    /// </summary>
    public async Task WaitAsync(double cost, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                wait = Shortfall(cost);
                if (wait == TimeSpan.Zero)
                {
                    if (_known)
                    {
                        _available = Refilled() - cost;
                        _stamp = _time.GetTimestamp();
                    }

                    return;
                }
            }

            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    private TimeSpan Shortfall(double cost)
    {
        if (!_known || _restoreRate <= 0)
        {
            return TimeSpan.Zero;
        }

        // A query dearer than the whole bucket can never be afforded: wait for a full bucket and let Shopify decide.
        var needed = _maximum > 0 ? Math.Min(cost, _maximum) : cost;
        var missing = needed - Refilled();
        if (missing <= 0)
        {
            return TimeSpan.Zero;
        }

        // Rounded up to whole milliseconds so the wake-up is never a hair early and loops once more for nothing.
        return TimeSpan.FromMilliseconds(Math.Ceiling(missing / _restoreRate * 1000));
    }

    private double Refilled()
    {
        var elapsed = _time.GetElapsedTime(_stamp).TotalSeconds;
        var refilled = _available + (elapsed * _restoreRate);
        return _maximum > 0 ? Math.Min(_maximum, refilled) : refilled;
    }
}
