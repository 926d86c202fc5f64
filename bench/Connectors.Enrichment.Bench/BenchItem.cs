using System.Text.Json;
using Connectors.Abstractions;

namespace Connectors.Enrichment.Bench;

/// <summary>One labelled feedback item, as the measurements need it.</summary>
internal sealed record BenchItem(string Text, string Language, Rating? Rating)
{
    public static BenchItem[] Load(string path)
    {
        return [.. File.ReadLines(path).Where(l => l.Length > 0).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            Rating? rating = root.GetProperty("rating").ValueKind == JsonValueKind.Object
                ? Connectors.Abstractions.Rating.FromScale(root.GetProperty("rating").GetProperty("raw").GetDouble(), Enum.Parse<RatingScale>(root.GetProperty("rating").GetProperty("scale").GetString()!))
                : null;
            return new BenchItem(root.GetProperty("text").GetString()!, root.GetProperty("language").GetString()!, rating);
        })];
    }
}
