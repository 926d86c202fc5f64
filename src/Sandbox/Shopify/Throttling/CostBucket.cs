namespace Connectors.Sandbox.Shopify.Throttling;

/// <summary>
/// Shopify's leaky bucket for one app on one shop: the requested cost is taken up front when the bucket
/// holds it (else the request is THROTTLED and nothing is taken), the difference to the actual cost is
/// given back, and points flow back at the restore rate by the sandbox clock.
/// </summary>
internal sealed class CostBucket
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _clock;
    private double _available = double.NaN;
    private DateTimeOffset _updated;

    public CostBucket(TimeProvider clock) => _clock = clock;

    public bool TryReserve(int cost, ShopifyKnobs knobs, out ThrottleStatus status)
    {
        lock (_gate)
        {
            Refill(knobs);
            var ok = cost <= _available;
            if (ok)
            {
                _available -= cost;
            }

            status = Status(knobs);
            return ok;
        }
    }

    public ThrottleStatus Refund(int points, ShopifyKnobs knobs)
    {
        lock (_gate)
        {
            Refill(knobs);
            _available = Math.Min(knobs.EffectiveBucketSize, _available + points);
            return Status(knobs);
        }
    }

    public ThrottleStatus Peek(ShopifyKnobs knobs)
    {
        lock (_gate)
        {
            Refill(knobs);
            return Status(knobs);
        }
    }

    public void Fill()
    {
        lock (_gate)
        {
            _available = double.NaN;
        }
    }

    private void Refill(ShopifyKnobs knobs)
    {
        var now = _clock.GetUtcNow();
        var max = knobs.EffectiveBucketSize;
        if (double.IsNaN(_available))
        {
            _available = max;
        }
        else if (now > _updated)
        {
            _available += (now - _updated).TotalSeconds * knobs.EffectiveRestoreRate;
        }

        _available = Math.Min(max, _available);
        _updated = now;
    }

    private ThrottleStatus Status(ShopifyKnobs knobs) =>
        new(knobs.EffectiveBucketSize, Math.Floor(_available), knobs.EffectiveRestoreRate);
}
