namespace Connectors.Sandbox.HubSpot;

/// <summary>
/// HubSpot behaviour that tests and benchmarks switch at run time (beside the generic
/// <see cref="Framework.FaultSettings"/>): accepted tokens, rate limits, batch size, and lost responses.
/// </summary>
public sealed record HubSpotKnobs
{
    /// <summary>The private-app tokens accepted as <c>Authorization: Bearer ...</c>.</summary>
    public IReadOnlyList<string> AccessTokens { get; init; } = [HubSpotDefaults.AccessToken];

    /// <summary>Whether the rolling window, the daily limit and the search limit are enforced.</summary>
    public bool RateLimitingEnabled { get; init; } = true;

    /// <summary>Requests allowed per token in one rolling window: 100 (Free/Starter), 190 (Professional/Enterprise), 250 (with the increase).</summary>
    public int RequestsPerWindow { get; init; } = HubSpotDefaults.RequestsPerTenSeconds;

    /// <summary>Length of the rolling window; HubSpot's is 10,000 ms. Tests shorten it to stay fast.</summary>
    public int WindowMilliseconds { get; init; } = 10_000;

    /// <summary>Requests allowed per token per day (UTC day of the sandbox clock; HubSpot uses the account's time zone).</summary>
    public int DailyLimit { get; init; } = HubSpotDefaults.DailyLimit;

    /// <summary>Search requests allowed per token per second (search answers carry no rate headers).</summary>
    public int SearchRequestsPerSecond { get; init; } = 5;

    /// <summary>Largest number of inputs in one batch request.</summary>
    public int MaxBatchInputs { get; init; } = 100;

    /// <summary>Whether writing a property that is not defined is refused (as HubSpot does) or the property is accepted.</summary>
    public bool RejectUnknownProperties { get; init; } = true;

    /// <summary>The next this-many successful writes are applied but answered 502, as a response lost on the way back.</summary>
    public int LoseNextWrites { get; init; }

    /// <summary>Share of successful writes that are applied but answered 502 (drawn from the seed and the write's ordinal).</summary>
    public double LostWriteShare { get; init; }

    /// <summary>When set, only writes whose path contains this text can lose their answer (<c>/objects/notes</c>).</summary>
    public string? LoseWritesMatching { get; init; }

    /// <summary>Every problem with the values; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (AccessTokens is null || AccessTokens.Count == 0 || AccessTokens.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add("accessTokens must list at least one non-empty token");
        }

        Positive(errors, "requestsPerWindow", RequestsPerWindow);
        Positive(errors, "windowMilliseconds", WindowMilliseconds);
        Positive(errors, "dailyLimit", DailyLimit);
        Positive(errors, "searchRequestsPerSecond", SearchRequestsPerSecond);
        if (MaxBatchInputs is < 1 or > 1000)
        {
            errors.Add($"maxBatchInputs must be between 1 and 1000, was {MaxBatchInputs}");
        }

        if (LoseNextWrites < 0)
        {
            errors.Add($"loseNextWrites must be 0 or more, was {LoseNextWrites}");
        }

        if (LostWriteShare is < 0 or > 1 || double.IsNaN(LostWriteShare))
        {
            errors.Add($"lostWriteShare must be between 0 and 1, was {LostWriteShare}");
        }

        return errors;
    }

    private static void Positive(List<string> errors, string name, int value)
    {
        if (value <= 0)
        {
            errors.Add($"{name} must be positive, was {value}");
        }
    }
}
