namespace Connectors.Sandbox.HubSpot.Data;

/// <summary>What a batch upsert did: refused as a whole (<see cref="Error"/>), or a result or error per input.</summary>
internal sealed record UpsertOutcome(ApiError? Error, IReadOnlyList<UpsertResult> Results, IReadOnlyList<ApiError> Errors)
{
    public static UpsertOutcome Refused(ApiError error) => new(error, [], []);
}
