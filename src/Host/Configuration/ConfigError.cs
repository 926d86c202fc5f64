namespace Connectors.Host.Configuration;

/// <summary>One problem in the configuration file: where (a JSON path) and what to do about it.</summary>
public sealed record ConfigError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
