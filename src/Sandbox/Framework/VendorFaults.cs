namespace Connectors.Sandbox.Framework;

/// <summary>
/// The live fault knobs of one vendor: changeable at any time from tests or the control endpoint.
/// Setting them re-arms the one-shot knobs (token expiry count and clock, repeated cursor).
/// </summary>
public sealed class VendorFaults
{
    private static readonly int[] ServerErrorStatuses = [500, 502, 503];
    private readonly int _seed;
    private readonly ulong _stream;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private FaultSettings _current;
    private long _requestOrdinal;
    private long _authenticatedRequests;
    private DateTimeOffset _armedAt;
    private int _cursorRepeatArmed;

    internal VendorFaults(string vendor, int seed, TimeProvider clock, FaultSettings initial)
    {
        _seed = seed;
        _stream = SandboxHash.Stream("faults/" + vendor);
        _clock = clock;
        _current = initial;
        Arm(initial);
    }

    /// <summary>The knobs in force.</summary>
    public FaultSettings Current => Volatile.Read(ref _current);

    /// <summary>Replaces the knobs; throws when a value is out of range.</summary>
    public void Set(FaultSettings settings)
    {
        var errors = settings.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", errors), nameof(settings));
        }

        lock (_gate)
        {
            Volatile.Write(ref _current, settings);
            Arm(settings);
        }
    }

    /// <summary>Switches every fault off.</summary>
    public void Reset() => Set(FaultSettings.None);

    /// <summary>Draws the faults of the next request.</summary>
    internal FaultDecision Decide()
    {
        var s = Current;
        var n = Interlocked.Increment(ref _requestOrdinal);
        if (s.ThrottleShare == 0 && s.ServerErrorShare == 0 && s.MalformedShare == 0 && s.TruncatedShare == 0)
        {
            return s.LatencyMs == 0 ? FaultDecision.None : FaultDecision.None with { LatencyMs = s.LatencyMs };
        }

        var h = SandboxHash.Of(_seed, _stream, n);
        var fault = InjectedFault.None;
        var status = 0;
        var roll = SandboxHash.Unit(h);
        if (roll < s.ThrottleShare)
        {
            fault = InjectedFault.Throttle;
        }
        else if (roll < s.ThrottleShare + s.ServerErrorShare)
        {
            fault = InjectedFault.ServerError;
            status = ServerErrorStatuses[(int)(SandboxHash.Mix(h) % (ulong)ServerErrorStatuses.Length)];
        }

        var damageRoll = SandboxHash.Unit(SandboxHash.Mix(h ^ 0x5bd1e995UL));
        var damage = damageRoll < s.MalformedShare ? BodyDamage.Malformed
            : damageRoll < s.MalformedShare + s.TruncatedShare ? BodyDamage.Truncated
            : BodyDamage.None;
        return new FaultDecision(s.LatencyMs, fault, status, damage);
    }

    /// <summary>Counts one authenticated request and tells whether the token has expired by the knobs.</summary>
    internal bool TokenExpired()
    {
        var s = Current;
        if (s.TokenExpiresAfterRequests is null && s.TokenExpiresAfterSeconds is null)
        {
            return false;
        }

        var count = Interlocked.Increment(ref _authenticatedRequests);
        if (s.TokenExpiresAfterRequests is { } max && count > max)
        {
            return true;
        }

        return s.TokenExpiresAfterSeconds is { } seconds
            && (_clock.GetUtcNow() - _armedAt).TotalSeconds >= seconds;
    }

    /// <summary>True exactly once after <see cref="FaultSettings.RepeatCursorOnce"/> was set.</summary>
    internal bool TryConsumeCursorRepeat() =>
        Current.RepeatCursorOnce && Interlocked.Exchange(ref _cursorRepeatArmed, 0) == 1;

    private void Arm(FaultSettings settings)
    {
        Interlocked.Exchange(ref _authenticatedRequests, 0);
        _armedAt = _clock.GetUtcNow();
        Interlocked.Exchange(ref _cursorRepeatArmed, settings.RepeatCursorOnce ? 1 : 0);
    }
}
