using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Connectors.TestKit.SinkFixture;

/// <summary>Options of the fixture sink.</summary>
public sealed class FixtureSinkOptions
{
    public const string GoodKey = "desk-key-789";

    [Required(ErrorMessage = "is required")]
    public string ApiKey { get; set; } = "";

    [Range(1, 100, ErrorMessage = "must be between 1 and 100")]
    public int BatchSize { get; set; } = 2;

    /// <summary>Where each item is also posted before it is written to the desk, so the kit sees the sink's requests.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The desk the sink writes to: the fixture's "server", handed over in the options as tests have no network.</summary>
    [JsonIgnore]
    public FixtureDesk? Desk { get; set; }
}
