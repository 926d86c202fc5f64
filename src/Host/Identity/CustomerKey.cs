using Connectors.Host.Store;

namespace Connectors.Host.Identity;

/// <summary>An identity that can match a customer across sources, and the rule (<see cref="IdentityOptions"/> key) it matches by.</summary>
internal readonly record struct CustomerKey(string Channel, string ExternalId, string Rule)
{
    /// <summary>What the store indexes the identity by, worked out here while the batch is prepared, off the writer.</summary>
    public long KeyHash { get; } = IdentityKey.Of(Channel, ExternalId);

    /// <summary>For evidence and messages: <c>email ada@example.com</c>.</summary>
    public override string ToString() => Channel == Rule ? $"{Channel} {ExternalId}" : $"{Channel} {ExternalId} ({Rule})";
}
