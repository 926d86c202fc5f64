namespace Connectors.Sandbox.Framework;

/// <summary>
/// Failure knobs of one vendor emulator. Shares are probabilities per request in [0, 1], drawn from the
/// seed and the request's ordinal, so a sequential run sees the same faults every time.
/// </summary>
public sealed record FaultSettings
{
    /// <summary>No faults.</summary>
    public static FaultSettings None { get; } = new();

    /// <summary>Share of requests answered 429 before any work is done (beside the vendor's real rate limit).</summary>
    public double ThrottleShare { get; init; }

    /// <summary>Share of requests answered with a 500, 502 or 503.</summary>
    public double ServerErrorShare { get; init; }

    /// <summary>Wall-clock delay added to every request, in milliseconds.</summary>
    public int LatencyMs { get; init; }

    /// <summary>Share of successful answers whose body is replaced by something that is not JSON.</summary>
    public double MalformedShare { get; init; }

    /// <summary>Share of successful answers whose body is cut in half (status and headers intact).</summary>
    public double TruncatedShare { get; init; }

    /// <summary>When set, access tokens stop working after this many authenticated requests (401 from then on).</summary>
    public int? TokenExpiresAfterRequests { get; init; }

    /// <summary>When set, access tokens stop working this many seconds (sandbox clock) after the faults were set.</summary>
    public double? TokenExpiresAfterSeconds { get; init; }

    /// <summary>The next paged answer repeats the cursor it was given as its end cursor, once.</summary>
    public bool RepeatCursorOnce { get; init; }

    /// <summary>Every problem with the values, each naming the property; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        Share(errors, nameof(ThrottleShare), ThrottleShare);
        Share(errors, nameof(ServerErrorShare), ServerErrorShare);
        Share(errors, nameof(MalformedShare), MalformedShare);
        Share(errors, nameof(TruncatedShare), TruncatedShare);
        if (LatencyMs is < 0 or > 60_000)
        {
            errors.Add($"latencyMs must be between 0 and 60000, was {LatencyMs}");
        }

        if (TokenExpiresAfterRequests is < 0)
        {
            errors.Add($"tokenExpiresAfterRequests must be 0 or more, was {TokenExpiresAfterRequests}");
        }

        if (TokenExpiresAfterSeconds is < 0)
        {
            errors.Add($"tokenExpiresAfterSeconds must be 0 or more, was {TokenExpiresAfterSeconds}");
        }

        return errors;
    }

    private static void Share(List<string> errors, string name, double value)
    {
        if (value is < 0 or > 1 || double.IsNaN(value))
        {
            errors.Add($"{char.ToLowerInvariant(name[0])}{name[1..]} must be between 0 and 1, was {value}");
        }
    }
}
