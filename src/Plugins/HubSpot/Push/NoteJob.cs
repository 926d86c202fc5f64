namespace Connectors.Plugins.HubSpot.Push;

/// <summary>One note to create or update: the item's idempotency key (also the unique note property's value), the contact and the properties.</summary>
internal sealed record NoteJob(string Key, string? ContactId, IReadOnlyDictionary<string, string> Properties);
