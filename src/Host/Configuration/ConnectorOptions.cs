using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;
using Connectors.Host.ReviewRequests;

namespace Connectors.Host.Configuration;

/// <summary>One entry of the <c>connectors</c> section: a configured instance of a plugin.</summary>
public sealed class ConnectorOptions : IJsonPathAware
{
    /// <summary>Unique name; it names jobs, checkpoints and record keys.</summary>
    [Required(ErrorMessage = "is required")]
    public string Name { get; set; } = "";

    /// <summary>The plugin's id, for example <c>shopify</c>.</summary>
    [Required(ErrorMessage = "is required")]
    public string Plugin { get; set; } = "";

    /// <summary>Quartz cron expression; <c>null</c> runs the connector only on demand.</summary>
    public string? Schedule { get; set; }

    /// <summary>
    /// ISO 3166-1 country of the connector's market (<c>DE</c>): how its phone numbers in national form are read when a
    /// record names no country of its own.
    /// </summary>
    public string? Region { get; set; }

    /// <summary>Review requests for the orders the source offers (plugins with <c>ReviewRequests</c>); off when absent.</summary>
    public ReviewRequestOptions? ReviewRequests { get; set; }

    /// <summary>The raw <c>options</c> object, secret references unresolved; bound later by the plugin's options type.</summary>
    public JsonElement Options { get; set; }

    /// <summary>JSON path of this connector in the file, for error messages.</summary>
    [JsonIgnore]
    public string JsonPath { get; set; } = "";
}
