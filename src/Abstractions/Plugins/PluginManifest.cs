namespace Connectors.Abstractions;

/// <summary>Describes a plugin to the host: who it is, what it does and how it is configured.</summary>
/// <param name="Id">Stable identifier used in the configuration's <c>plugin</c> field, for example <c>shopify</c>.</param>
/// <param name="Name">Human-readable name.</param>
/// <param name="Version">The plugin's own version.</param>
/// <param name="Kind">Source or sink.</param>
/// <param name="Capabilities">Optional abilities.</param>
/// <param name="OptionsType">
/// The options class bound from a connector's <c>options</c> object. Public settable properties,
/// validated with DataAnnotations and <see cref="System.ComponentModel.DataAnnotations.IValidatableObject"/>.
/// </param>
public sealed record PluginManifest(
    string Id,
    string Name,
    Version Version,
    PluginKind Kind,
    PluginCapabilities Capabilities,
    Type OptionsType)
{
    /// <summary>A one-line description shown by the <c>plugins</c> command.</summary>
    public string Description { get; init; } = "";

    /// <summary>
    /// A source's streams, the same names as <see cref="ISourceConnector.Streams"/> (the kit checks they agree), so the
    /// host schedules, lists and checks them without creating a connector at start-up. Empty for sinks and enrichers;
    /// a source that leaves it empty (one built against 2.0) is created to be asked.
    /// </summary>
    public IReadOnlyList<string> Streams { get; init; } = [];
}
