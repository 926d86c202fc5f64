namespace Connectors.Host.Plugins;

/// <summary>The <c>plugins</c> section.</summary>
public sealed class PluginsOptions
{
    /// <summary>The plugins folder; <c>null</c> means the <c>plugins</c> folder beside the host executable.</summary>
    public string? Directory { get; set; }
}
