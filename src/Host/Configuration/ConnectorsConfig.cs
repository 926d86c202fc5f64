using System.Text.Json.Serialization;
using Connectors.Host.Enrichment;
using Connectors.Host.Identity;
using Connectors.Host.Metrics;
using Connectors.Host.Plugins;
using Connectors.Host.Routing;
using Connectors.Host.Store;
using Connectors.Host.Web;

namespace Connectors.Host.Configuration;

/// <summary>
/// The whole configuration file, as read. Each section is one options class, bound by <see cref="OptionsBinder"/> and
/// checked by its own validator (see <see cref="ConfigValidator"/>); plugin options stay JSON until bound by their plugin's type.
/// </summary>
public sealed class ConnectorsConfig
{
    /// <summary>Full path of the file it was read from.</summary>
    [JsonIgnore]
    public string FilePath { get; set; } = "";

    /// <summary>The directory relative paths in the file are resolved against.</summary>
    [JsonIgnore]
    public string ContentRoot => Path.GetDirectoryName(FilePath)!;

    /// <summary>An editor's schema reference; ignored by the host.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public StoreOptions Store { get; set; } = new();

    public PluginsOptions Plugins { get; set; } = new();

    public WebOptions Web { get; set; } = new();

    public List<ConnectorOptions> Connectors { get; set; } = [];

    public List<RouteOptions> Routes { get; set; } = [];

    public IdentityOptions Identity { get; set; } = new();

    public EnrichmentOptions Enrichment { get; set; } = new();

    public TopicsOptions Topics { get; set; } = new();

    public List<AlertOptions> Alerts { get; set; } = [];
}
