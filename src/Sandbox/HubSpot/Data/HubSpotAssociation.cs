namespace Connectors.Sandbox.HubSpot.Data;

/// <summary>An association from one object to another, with its type.</summary>
/// <param name="ToObjectType">The target's object type (<c>contacts</c>).</param>
/// <param name="ToId">The target's id.</param>
/// <param name="Category"><c>HUBSPOT_DEFINED</c> or <c>USER_DEFINED</c>.</param>
/// <param name="TypeId">The association type id (202 = note to contact).</param>
public sealed record HubSpotAssociation(string ToObjectType, string ToId, string Category, int TypeId);
