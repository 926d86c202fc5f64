using System.Text.Json;
using System.Text.Json.Serialization;
using Connectors.Abstractions;

namespace Connectors.Enrichment.Tests.Evaluation;

/// <summary>One line of Data/labelled-feedback.jsonl (see Data/README.md for the labelling conventions).</summary>
public sealed record LabelledItem(string Id, string Text, string Language, LabelledRating? Rating, string Sentiment, IReadOnlyList<string> Topics, string Split)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static readonly Lazy<IReadOnlyList<LabelledItem>> AllItems = new(() =>
    [
        .. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "labelled-feedback.jsonl"))
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<LabelledItem>(line, Json)!),
    ]);

    public static IReadOnlyList<LabelledItem> All => AllItems.Value;

    public Rating? ToRating() => Rating is { } r ? Abstractions.Rating.FromScale(r.Raw, r.Scale) : null;
}

/// <summary>A labelled item's rating as the data file writes it.</summary>
public sealed record LabelledRating(double Raw, RatingScale Scale);
