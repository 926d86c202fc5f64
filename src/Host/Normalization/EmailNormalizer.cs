namespace Connectors.Host.Normalization;

/// <summary>Normalises email addresses so the same person matches across channels.</summary>
public static class EmailNormalizer
{
    /// <summary>Trimmed and lower-cased; <c>null</c> when empty or not shaped like an address.</summary>
    public static string? Normalize(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var trimmed = email.Trim().ToLowerInvariant();
        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == trimmed.LastIndexOf('@') && at < trimmed.Length - 1 && !trimmed.Contains(' ', StringComparison.Ordinal)
            ? trimmed
            : null;
    }
}
