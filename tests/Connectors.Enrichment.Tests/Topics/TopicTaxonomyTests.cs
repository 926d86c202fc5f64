namespace Connectors.Enrichment.Tests.Topics;

public sealed class TopicTaxonomyTests
{
    private static Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Phrases(string topic, string language, params string[] phrases) =>
        new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>
        {
            [topic] = new Dictionary<string, IReadOnlyList<string>> { [language] = phrases },
        };

    [Fact]
    public void Defaults_have_the_ecommerce_topics_in_every_language_and_are_valid()
    {
        var defaults = TopicTaxonomy.Defaults;

        Assert.Equal(
            ["delivery", "damaged", "refund_return", "quality", "sizing_fit", "price", "customer_service", "packaging", "missing_item", "product_praise"],
            defaults.Topics);
        Assert.All(defaults.Topics, t => Assert.Equal(TopicTaxonomy.Languages.Order(StringComparer.Ordinal), defaults.PhrasesOf(t).Keys.Order(StringComparer.Ordinal)));
        Assert.Empty(defaults.Validate());
        Assert.True(defaults.IgnoresNegatedMatches("product_praise"));
    }

    [Fact]
    public void With_adds_a_topic_that_the_classifier_then_finds()
    {
        var taxonomy = TopicTaxonomy.Defaults.With(Phrases("gift", "en", "gift*", "birthday present"), replace: false);
        var classifier = new TopicClassifier(taxonomy);

        Assert.Contains("gift", taxonomy.Topics);
        Assert.Contains(classifier.Classify("Bought it as a gift for my sister.", "en"), m => m.Topic == "gift" && m.Phrase == "gift");
        Assert.DoesNotContain("gift", TopicTaxonomy.Defaults.Topics);
    }

    [Fact]
    public void With_adds_phrases_to_an_existing_topic_and_keeps_the_others()
    {
        var taxonomy = TopicTaxonomy.Defaults.With(Phrases("delivery", "en", "click and collect"), replace: false);
        var classifier = new TopicClassifier(taxonomy);

        Assert.Contains("click and collect", taxonomy.PhrasesOf("delivery")["en"]);
        Assert.Contains("deliver*", taxonomy.PhrasesOf("delivery")["en"]);
        Assert.Contains(classifier.Classify("Used click and collect.", "en"), m => m.Topic == "delivery");
    }

    [Fact]
    public void With_replace_overrides_a_topics_phrases_in_the_languages_named()
    {
        var taxonomy = TopicTaxonomy.Defaults.With(Phrases("price", "en", "invoice"), replace: true);
        var classifier = new TopicClassifier(taxonomy);

        Assert.Equal(["invoice"], taxonomy.PhrasesOf("price")["en"]);
        Assert.DoesNotContain(classifier.Classify("Far too expensive.", "en"), m => m.Topic == "price");
        Assert.Contains(classifier.Classify("Where is my invoice?", "en"), m => m.Topic == "price");
        Assert.Contains(classifier.Classify("Viel zu teuer.", "de"), m => m.Topic == "price");
    }

    [Fact]
    public void With_replace_and_no_phrases_silences_a_language()
    {
        var taxonomy = TopicTaxonomy.Defaults.With(Phrases("price", "de"), replace: true);

        Assert.Empty(taxonomy.PhrasesOf("price")["de"]);
        Assert.DoesNotContain(new TopicClassifier(taxonomy).Classify("Viel zu teuer.", "de"), m => m.Topic == "price");
    }

    [Fact]
    public void Without_removes_topics()
    {
        var taxonomy = TopicTaxonomy.Defaults.Without(["price", "no_such_topic"]);

        Assert.DoesNotContain("price", taxonomy.Topics);
        Assert.Empty(new TopicClassifier(taxonomy).Classify("Far too expensive.", "en"));
    }

    [Fact]
    public void Negation_sensitivity_can_be_switched_per_topic()
    {
        var taxonomy = TopicTaxonomy.Defaults.WithNegatedMatchesIgnored("product_praise", ignore: false);

        Assert.Contains(new TopicClassifier(taxonomy).Classify("I would not recommend it.", "en"), m => m.Topic == "product_praise");
    }

    [Fact]
    public void Validation_reports_every_problem_with_its_place()
    {
        var taxonomy = TopicTaxonomy.Empty
            .With(Phrases("delivery", "en", "", "deliv*ery", "ok"), replace: false)
            .With(Phrases("delivery", "xx", "parcel"), replace: false)
            .With(Phrases("Bad Topic", "en", "word"), replace: false)
            .With(Phrases("price", "zh", "贵", "!"), replace: false);

        var problems = taxonomy.Validate().Select(p => p.ToString()).ToArray();

        Assert.Equal(5, problems.Length);
        Assert.Contains("topics.delivery.en: '': the phrase is empty", problems);
        Assert.Contains(problems, p => p.StartsWith("topics.delivery.en: 'deliv*ery': '*' may only end a word", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("topics.delivery.xx: unknown language; phrases can be written for en, de, fr", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("topics.Bad Topic: a topic id must be lower case", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("topics.price.zh: '!': an exclusion ('!') needs a phrase after it", StringComparison.Ordinal));
    }

    [Fact]
    public void A_classifier_refuses_an_invalid_taxonomy_listing_all_problems()
    {
        var taxonomy = TopicTaxonomy.Empty.With(Phrases("delivery", "xx", "", "parcel"), replace: false);

        var error = Assert.Throws<ArgumentException>(() => new TopicClassifier(taxonomy));

        Assert.Contains("topics.delivery.xx: unknown language", error.Message, StringComparison.Ordinal);
    }
}
