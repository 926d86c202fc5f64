namespace Connectors.Plugins.HubSpot.Mapping;

/// <summary>Email addresses as HubSpot matches them: trimmed and lower case.</summary>
internal static class Emails
{
    /// <summary>The upsert key for an address, or <c>null</c> when there is none.</summary>
    public static string? Normalize(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();
}
