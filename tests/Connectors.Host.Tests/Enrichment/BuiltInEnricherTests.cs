using Connectors.Abstractions;
using Connectors.Enrichment;
using Connectors.Host.Enrichment;
using Connectors.Host.Enrichment.BuiltIn;
using Microsoft.Extensions.Logging.Abstractions;

namespace Connectors.Host.Tests.Enrichment;

/// <summary>The built-in enrichers run item by item in the stage, and read an item's language from its body when it has one.</summary>
public sealed class BuiltInEnricherTests
{
    private static readonly LanguageIdentifier Identifier = new();

    private static FeedbackRecord Return(string? comment) => new()
    {
        SourceId = "return/1/LPN1",
        Channel = "amazon",
        Kind = "return_reason",
        Title = "Damaged in transit",
        Body = comment,
        OccurredAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public void The_language_is_told_from_the_body_when_it_has_enough_letters()
    {
        Assert.Equal("Das Paket kam beschädigt an.", ItemText.ForLanguage(Return("Das Paket kam beschädigt an.")));
        Assert.Equal("Damaged in transit. Kaputt", ItemText.ForLanguage(Return("Kaputt")));
        Assert.Equal("Damaged in transit", ItemText.ForLanguage(Return(null)));
    }

    [Fact]
    public void A_repeated_short_text_gets_the_answer_the_identifier_gives()
    {
        var repeated = new RepeatedTexts(Identifier);
        string[] texts = ["Damaged in transit", "Bought by mistake", "Prima prijs-kwaliteitverhouding.", new string('a', RepeatedTexts.MaxTextLength + 1)];
        foreach (var stated in new[] { null, "de", "en-GB" })
        {
            foreach (var text in texts)
            {
                Assert.Equal(Identifier.Identify(text, stated), repeated.Identify(text, stated));
                Assert.Equal(Identifier.Identify(text, stated), repeated.Identify(text, stated));
            }
        }
    }

    [Fact]
    public async Task Item_by_item_the_stage_finds_what_the_enrichers_find_batch_by_batch()
    {
        IEnricher[] builtIn = [new LanguageEnricher(Identifier), new SentimentEnricher(new SentimentAnalyzer()), new TopicEnricher(new TopicClassifier(TopicTaxonomy.Defaults))];
        FeedbackRecord[] feedback =
        [
            Return("Das Paket kam beschädigt an und ein Artikel fehlt."),
            Return(null) with { SourceId = "return/2/LPN2" },
            new() { SourceId = "feedback/3", Channel = "amazon", Kind = "seller_feedback", Body = "Schnelle Lieferung, super Qualität!", Language = "de", Rating = Rating.FromScale(5, RatingScale.Stars1To5), OccurredAt = DateTimeOffset.UnixEpoch },
            new() { SourceId = "feedback/4", Channel = "amazon", Kind = "seller_feedback", Rating = Rating.FromScale(1, RatingScale.Stars1To5), OccurredAt = DateTimeOffset.UnixEpoch },
        ];
        var stage = new EnrichmentStage(builtIn, [], null, NullLogger.Instance);

        var prepared = stage.Prepare("amazon", feedback)!;

        // The contract's way: each enricher over the whole batch, seeing what the earlier ones found.
        var items = feedback.Select(f => new EnrichmentItem("amazon:" + f.SourceId, f)).ToList();
        var expected = items.ToDictionary(i => i.Key, _ => new List<StoredAnnotation>());
        foreach (var enricher in builtIn)
        {
            var batch = items.Select(i => i with { Annotations = [.. expected[i.Key].Select(a => a.ToAnnotation(i.Key))] }).ToList();
            foreach (var a in await enricher.EnrichAsync(batch, CancellationToken.None))
            {
                expected[a.ItemKey].Add(StoredAnnotation.From(a, enricher.Name, enricher.Version));
            }
        }

        Assert.Equal(expected.Keys.Order(), prepared.Keys.Order());
        foreach (var (key, annotations) in expected)
        {
            Assert.Equal(annotations, prepared[key].Stored);
            Assert.Equal(annotations.Select(a => a.ToAnnotation(key)), prepared[key].Found);
        }

        Assert.Equal("de", prepared["amazon:return/1/LPN1"].Found.Single(a => a.Name == AnnotationNames.Language).Value);
    }
}
