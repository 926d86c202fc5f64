using Connectors.Enrichment.Tests.Evaluation;

namespace Connectors.Enrichment.Tests.Sentiment;

public sealed class TextRuleTests
{
    private readonly SentimentAnalyzer analyzer = Components.SentimentAnalyzer;

    [Theory]
    [InlineData("The quality is good.", "en", SentimentLabel.Positive)]
    [InlineData("The quality is not good.", "en", SentimentLabel.Negative)]
    [InlineData("It doesn't look great.", "en", SentimentLabel.Negative)]
    [InlineData("Not bad at all.", "en", SentimentLabel.Positive)]
    [InlineData("Die Qualität ist nicht gut.", "de", SentimentLabel.Negative)]
    [InlineData("Die Jacke gefällt mir nicht.", "de", SentimentLabel.Negative)]
    [InlineData("Ce n'est pas bon du tout.", "fr", SentimentLabel.Negative)]
    [InlineData("Je n'ai pas reçu ma commande.", "fr", SentimentLabel.Negative)]
    [InlineData("No me gusta nada.", "es", SentimentLabel.Negative)]
    [InlineData("Non mi piace.", "it", SentimentLabel.Negative)]
    [InlineData("Não gostei do produto.", "pt", SentimentLabel.Negative)]
    [InlineData("Het werkt niet.", "nl", SentimentLabel.Negative)]
    public void Negation_flips_what_it_reaches(string text, string language, SentimentLabel expected)
    {
        var result = analyzer.Analyze(text, language, null);

        Assert.Equal(expected, result.Label);
    }

    [Fact]
    public void A_negation_is_reported_as_such()
    {
        var result = analyzer.Analyze("The colour is not good.", "en", null);

        Assert.Equal("'not good' (negated +)", result.Evidence);
    }

    [Fact]
    public void Negation_does_not_reach_past_the_clause()
    {
        var result = analyzer.Analyze("Not cheap, but good.", "en", null);

        Assert.Equal(SentimentLabel.Positive, result.Label);
    }

    [Theory]
    [InlineData("good", "very good", "en")]
    [InlineData("gut", "sehr gut", "de")]
    [InlineData("bon", "très bon", "fr")]
    [InlineData("满意", "非常满意", "zh")]
    [InlineData("丁寧です", "とても丁寧です", "ja")]
    public void Intensifiers_strengthen(string plain, string intensified, string language)
    {
        Assert.True(analyzer.Analyze(intensified, language, null).Score > analyzer.Analyze(plain, language, null).Score);
    }

    [Theory]
    [InlineData("expensive", "a bit expensive", "en")]
    [InlineData("teuer", "etwas teuer", "de")]
    [InlineData("贵", "有点贵", "zh")]
    public void Diminishers_soften(string plain, string softened, string language)
    {
        Assert.True(analyzer.Analyze(softened, language, null).Score > analyzer.Analyze(plain, language, null).Score);
    }

    [Theory]
    [InlineData("Great product but the delivery was terribly slow and nobody replied.", "en", SentimentLabel.Negative)]
    [InlineData("The delivery was slow, but the product is absolutely gorgeous.", "en", SentimentLabel.Positive)]
    [InlineData("Schönes Kleid, aber leider viel zu klein und schlecht verarbeitet.", "de", SentimentLabel.Negative)]
    [InlineData("Livraison lente mais le produit est vraiment magnifique.", "fr", SentimentLabel.Positive)]
    [InlineData("东西不错，但是物流太慢了，客服也不回复。", "zh", SentimentLabel.Negative)]
    [InlineData("デザインは素敵ですが、すぐに壊れました。最悪です。", "ja", SentimentLabel.Negative)]
    public void After_a_contrast_the_second_part_decides(string text, string language, SentimentLabel expected)
    {
        var result = analyzer.Analyze(text, language, null);

        Assert.Equal(expected, result.Label);
        Assert.Contains("(contrast)", result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("😍", SentimentLabel.Positive)]
    [InlineData("👍👍", SentimentLabel.Positive)]
    [InlineData("😡", SentimentLabel.Negative)]
    [InlineData("👎🏽", SentimentLabel.Negative)]
    [InlineData("❤️❤️", SentimentLabel.Positive)]
    [InlineData(":(", SentimentLabel.Negative)]
    public void Emoji_carry_sentiment_in_any_language(string text, SentimentLabel expected)
    {
        Assert.Equal(expected, analyzer.Analyze(text, "en", null).Label);
        Assert.Equal(expected, analyzer.Analyze(text, "ja", null).Label);
        Assert.Equal(expected, analyzer.Analyze(text, null, null).Label);
    }

    [Fact]
    public void Emoji_are_quoted_in_the_evidence()
    {
        Assert.Equal("'😡' (-)", analyzer.Analyze("Order 4471 😡", "en", null).Evidence);
    }

    [Theory]
    [InlineData("质量很好，非常满意！", SentimentLabel.Positive)]
    [InlineData("不好用，质量太差了。", SentimentLabel.Negative)]
    [InlineData("不满意", SentimentLabel.Negative)]
    [InlineData("不错", SentimentLabel.Positive)]
    [InlineData("沒有收到貨，很失望。", SentimentLabel.Negative)]
    [InlineData("请问什么时候发货？", SentimentLabel.Neutral)]
    public void Chinese_is_matched_by_substring_with_negation(string text, SentimentLabel expected)
    {
        Assert.Equal(expected, analyzer.Analyze(text, "zh", null).Label);
    }

    [Theory]
    [InlineData("とても良かったです。", SentimentLabel.Positive)]
    [InlineData("良くなかったです。", SentimentLabel.Negative)]
    [InlineData("満足していません。", SentimentLabel.Negative)]
    [InlineData("問題なく使えています。", SentimentLabel.Positive)]
    [InlineData("配送が遅すぎます。", SentimentLabel.Negative)]
    [InlineData("いつ発送されますか？", SentimentLabel.Neutral)]
    public void Japanese_negation_follows_the_word(string text, SentimentLabel expected)
    {
        Assert.Equal(expected, analyzer.Analyze(text, "ja", null).Label);
    }

    [Theory]
    [InlineData("Hi, can I change the delivery address on my order? Thanks")]
    [InlineData("Please leave the parcel with the neighbour.")]
    [InlineData("Bitte an der Haustür abstellen.")]
    [InlineData("")]
    [InlineData(null)]
    public void Questions_and_notes_are_neutral(string? text)
    {
        Assert.Equal(SentimentLabel.Neutral, analyzer.Analyze(text, "en", null).Label);
    }

    [Fact]
    public void Accents_are_optional_when_matching()
    {
        Assert.Equal(SentimentLabel.Negative, analyzer.Analyze("Nao gostei, pessima qualidade", "pt", null).Label);
        Assert.Equal(SentimentLabel.Negative, analyzer.Analyze("Tres decue, produit casse", "fr", null).Label);
    }

    [Fact]
    public void A_language_without_a_lexicon_uses_rating_and_emoji()
    {
        var result = analyzer.Analyze("Bra produkt 👍", "sv", null);

        Assert.Equal(SentimentLabel.Positive, result.Label);
        Assert.Equal("'👍' (+)", result.Evidence);
    }

    [Fact]
    public void A_regional_tag_reads_as_its_language()
    {
        Assert.Equal(SentimentLabel.Negative, analyzer.Analyze("Sehr schlecht", "de-AT", null).Label);
    }

    [Fact]
    public void Analysis_is_safe_across_threads()
    {
        var items = LabelledItem.All;
        var expected = items.Select(i => analyzer.Analyze(i.Text, i.Language, i.ToRating())).ToArray();
        var actual = new SentimentResult[items.Count];

        Parallel.For(0, items.Count * 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, n =>
        {
            var i = n % items.Count;
            actual[i] = analyzer.Analyze(items[i].Text, items[i].Language, items[i].ToRating());
        });

        Assert.Equal(expected, actual);
    }
}
