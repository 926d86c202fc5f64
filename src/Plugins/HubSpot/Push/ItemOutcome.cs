namespace Connectors.Plugins.HubSpot.Push;

/// <summary>What happened to one contact or note: HubSpot's id, or why not.</summary>
internal sealed record ItemOutcome(string? Id, PushFailure? Failure)
{
    public static ItemOutcome Done(string id) => new(id, null);

    public static ItemOutcome Fail(PushFailure failure) => new(null, failure);
}
