using Connectors.Enrichment.Tests.Evaluation;

namespace Connectors.Enrichment.Tests.Languages;

public sealed class LanguageIdentifierTests
{
    private readonly LanguageIdentifier identifier = Components.LanguageIdentifier;

    [Theory]
    [InlineData("The parcel arrived two weeks late and the box was crushed.", "en")]
    [InlineData("Das Paket kam viel zu spät und der Karton war kaputt.", "de")]
    [InlineData("Le colis est arrivé avec deux semaines de retard.", "fr")]
    [InlineData("El paquete llegó con dos semanas de retraso.", "es")]
    [InlineData("Il pacco è arrivato con due settimane di ritardo.", "it")]
    [InlineData("A encomenda chegou com duas semanas de atraso.", "pt")]
    [InlineData("Het pakket kwam twee weken te laat aan.", "nl")]
    [InlineData("包裹晚到了两个星期，盒子也压坏了。", "zh")]
    [InlineData("荷物が二週間遅れて届きました。", "ja")]
    public void Identifies_each_language_from_text(string text, string expected)
    {
        var guess = identifier.Identify(text, null);

        Assert.Equal(expected, guess.Language);
        Assert.False(guess.FromSource);
        Assert.InRange(guess.Confidence, 0.5, 1);
    }

    [Theory]
    [InlineData("ok")]
    [InlineData("👍")]
    [InlineData("Top")]
    [InlineData("!!!")]
    [InlineData("")]
    [InlineData(null)]
    public void A_very_short_text_keeps_the_stated_language_or_has_none(string? text)
    {
        Assert.Equal(new LanguageGuess("de", LanguageIdentifier.UncheckedConfidence, true), identifier.Identify(text, "de-DE"));
        Assert.Equal(LanguageGuess.Unknown, identifier.Identify(text, null));
    }

    [Theory]
    [InlineData("Super schnelle Lieferung, alles bestens.", "de-DE", "de")]
    [InlineData("Prima", "nl", "nl")]
    [InlineData("Produto chegou rápido.", "pt_BR", "pt")]
    [InlineData("Tal como se describe.", "es-MX", "es")]
    [InlineData("品質最高", "ja-JP", "ja")]
    public void The_stated_language_is_kept_when_the_text_agrees_or_cannot_tell(string text, string stated, string expected)
    {
        var guess = identifier.Identify(text, stated);

        Assert.Equal(expected, guess.Language);
        Assert.True(guess.FromSource);
    }

    [Theory]
    [InlineData("The parcel never arrived and nobody answers my emails.", "de-DE", "en")]
    [InlineData("Die Lieferung hat drei Wochen gedauert, sehr enttäuschend.", "en-GB", "de")]
    [InlineData("配送が遅すぎます。", "en", "ja")]
    [InlineData("Qualité médiocre, je ne recommande pas ce vendeur.", "zh-CN", "fr")]
    public void The_stated_language_gives_way_when_the_text_clearly_disagrees(string text, string stated, string expected)
    {
        var guess = identifier.Identify(text, stated);

        Assert.Equal(expected, guess.Language);
        Assert.False(guess.FromSource);
    }

    [Theory]
    [InlineData("Das Paket kam beschädigt an und ein Artikel fehlt.", "en", "de")]
    [InlineData("Thanks, all good 👍", "de", "en")]
    [InlineData("Nella media, niente di speciale.", "fr", "it")]
    public void A_stated_language_none_of_whose_words_the_text_has_gives_way_to_a_clear_lead_of_another(string text, string stated, string expected)
    {
        var guess = identifier.Identify(text, stated);

        Assert.Equal(new LanguageGuess(expected, guess.Confidence, false), guess);
        Assert.InRange(guess.Confidence, 0.5, 0.99);
    }

    [Fact]
    public void A_stated_language_outside_the_list_is_kept_unchecked()
    {
        Assert.Equal(new LanguageGuess("sv", LanguageIdentifier.UncheckedConfidence, true), identifier.Identify("Snabb leverans, mycket nöjd!", "sv-SE"));
    }

    [Fact]
    public void A_text_in_a_script_of_no_listed_language_has_none()
    {
        Assert.Equal(LanguageGuess.Unknown, identifier.Identify("배송이 너무 늦어요, 실망했습니다", null));
        Assert.Equal(new LanguageGuess("ko", LanguageIdentifier.UncheckedConfidence, true), identifier.Identify("배송이 너무 늦어요, 실망했습니다", "ko-KR"));
    }

    [Fact]
    public void Kana_mean_Japanese_even_when_Chinese_is_stated()
    {
        Assert.Equal("ja", identifier.Identify("とても可愛くて気に入っています", "zh").Language);
    }

    [Fact]
    public void Identification_is_safe_across_threads()
    {
        var texts = LabelledItem.All.Select(i => i.Text).ToArray();
        var expected = texts.Select(t => identifier.Identify(t, null)).ToArray();
        var actual = new LanguageGuess[texts.Length];

        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = identifier.Identify(texts[i], null));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void An_unknown_language_code_is_refused_with_a_clear_message()
    {
        var error = Assert.Throws<ArgumentException>(() => new LanguageIdentifier(["en", "xx"]));

        Assert.Contains("'xx'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_smaller_list_only_answers_with_its_languages()
    {
        var germanOrEnglish = new LanguageIdentifier(["en", "de"]);

        Assert.Equal("de", germanOrEnglish.Identify("Die Lieferung war schnell und die Qualität ist gut.", null).Language);
        Assert.Null(germanOrEnglish.Identify("配送が遅すぎます。", null).Language);
    }
}
