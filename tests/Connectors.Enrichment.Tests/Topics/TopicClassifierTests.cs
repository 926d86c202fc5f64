using Connectors.Enrichment.Tests.Evaluation;

namespace Connectors.Enrichment.Tests.Topics;

public sealed class TopicClassifierTests
{
    private readonly TopicClassifier classifier = Components.TopicClassifier;

    private string[] Topics(string text, string language) => [.. classifier.Classify(text, language).Select(m => m.Topic)];

    [Fact]
    public void Finds_several_topics_with_the_phrase_as_evidence()
    {
        var matches = classifier.Classify("Great product but the delivery was late and the box was crushed.", "en");

        Assert.Equal(["delivery", "packaging", "product_praise"], matches.Select(m => m.Topic).Order(StringComparer.Ordinal));
        Assert.Equal("delivery", matches.Single(m => m.Topic == "delivery").Phrase);
        Assert.Equal("Great product", matches.Single(m => m.Topic == "product_praise").Phrase);
    }

    [Fact]
    public void Stems_match_word_forms_and_respect_word_boundaries()
    {
        Assert.Contains("delivery", Topics("It was delivered to the wrong house.", "en"));
        Assert.Contains("refund_return", Topics("Refunded within a day.", "en"));
        Assert.DoesNotContain("sizing_fit", Topics("The outfit looks nice.", "en"));
    }

    [Theory]
    [InlineData("Not great quality, the seams came loose.")]
    [InlineData("I would not recommend this.")]
    [InlineData("Das Kleid ist nicht schön.")]
    [InlineData("Die Farbe gefällt mir nicht.")]
    [InlineData("不喜欢这个颜色。")]
    [InlineData("あまり気に入っていません。")]
    public void Negated_praise_is_no_praise(string text)
    {
        var language = text.Any(c => c > 0x3000) ? (text.Any(c => c is >= '\u3040' and <= '\u30FF') ? "ja" : "zh") : text.Contains("Das", StringComparison.Ordinal) || text.Contains("Die", StringComparison.Ordinal) ? "de" : "en";

        Assert.DoesNotContain("product_praise", Topics(text, language));
    }

    [Fact]
    public void Negated_complaints_still_name_their_topic()
    {
        Assert.Contains("quality", Topics("Not great quality.", "en"));
        Assert.Contains("delivery", Topics("It was never delivered.", "en"));
    }

    [Fact]
    public void Exclusions_keep_a_phrase_out_of_a_topic()
    {
        Assert.DoesNotContain("price", Topics("Cheap materials, it fell apart.", "en"));
        Assert.Contains("price", Topics("Cheap and cheerful, good value.", "en"));
    }

    [Theory]
    [InlineData("快递太慢了，等了两个星期。", "zh", "delivery")]
    [InlineData("尺码偏小，建议买大一号。", "zh", "sizing_fit")]
    [InlineData("返品しましたが、まだ返金されていません。", "ja", "refund_return")]
    [InlineData("箱が潰れていました。", "ja", "packaging")]
    public void Chinese_and_Japanese_match_by_substring(string text, string language, string topic)
    {
        Assert.Contains(topic, Topics(text, language));
    }

    [Fact]
    public void Confidence_grows_with_the_evidence()
    {
        var one = classifier.Classify("Shipping was fine.", "en").Single(m => m.Topic == "delivery");
        var three = classifier.Classify("Shipping was slow, the courier was rude and tracking never updated.", "en").Single(m => m.Topic == "delivery");

        Assert.True(three.Confidence > one.Confidence);
    }

    [Fact]
    public void No_language_or_text_means_no_topics()
    {
        Assert.Empty(classifier.Classify("The delivery was late.", null));
        Assert.Empty(classifier.Classify("The delivery was late.", "sv"));
        Assert.Empty(classifier.Classify("", "en"));
        Assert.Empty(classifier.Classify(null, "en"));
    }
}
