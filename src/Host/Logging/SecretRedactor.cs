namespace Connectors.Host.Logging;

/// <summary>Knows every resolved secret value and masks them in text bound for logs or the console.</summary>
public sealed class SecretRedactor
{
    public const string Mask = "***";

    // Secrets shorter than this would mask ordinary words; configuration with such secrets is still redacted by key name upstream.
    private const int MinimumLength = 4;

    private readonly Lock _gate = new();
    private string[] _secrets = [];

    public void Add(string secret)
    {
        if (secret.Length < MinimumLength)
        {
            return;
        }

        lock (_gate)
        {
            if (!_secrets.Contains(secret, StringComparer.Ordinal))
            {
                // Longest first so a secret containing another is masked whole.
                _secrets = [.. _secrets.Append(secret).OrderByDescending(s => s.Length)];
            }
        }
    }

    public string Redact(string text)
    {
        foreach (var secret in _secrets)
        {
            if (text.Contains(secret, StringComparison.Ordinal))
            {
                text = text.Replace(secret, Mask, StringComparison.Ordinal);
            }
        }

        return text;
    }
}
