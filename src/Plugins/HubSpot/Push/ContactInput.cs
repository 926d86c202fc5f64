namespace Connectors.Plugins.HubSpot.Push;

/// <summary>One contact to upsert: its normalised email (the upsert key) and the properties to set.</summary>
internal sealed record ContactInput(string Email, IReadOnlyDictionary<string, string> Properties);
