using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.Host.Metrics;

/// <summary>The JSON form of a report: camelCase names, enums by name, days as <c>yyyy-MM-dd</c>, indented for reading.</summary>
public static class ReportJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
