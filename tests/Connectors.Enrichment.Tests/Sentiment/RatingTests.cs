using Connectors.Abstractions;
using Connectors.Enrichment.Tests.Evaluation;

namespace Connectors.Enrichment.Tests.Sentiment;

public sealed class RatingTests
{
    private readonly SentimentAnalyzer analyzer = Components.SentimentAnalyzer;

    [Theory]
    [InlineData(0, RatingScale.Nps0To10, SentimentLabel.Negative)]
    [InlineData(6, RatingScale.Nps0To10, SentimentLabel.Negative)]
    [InlineData(7, RatingScale.Nps0To10, SentimentLabel.Neutral)]
    [InlineData(8, RatingScale.Nps0To10, SentimentLabel.Neutral)]
    [InlineData(9, RatingScale.Nps0To10, SentimentLabel.Positive)]
    [InlineData(10, RatingScale.Nps0To10, SentimentLabel.Positive)]
    [InlineData(1, RatingScale.Stars1To5, SentimentLabel.Negative)]
    [InlineData(2, RatingScale.Stars1To5, SentimentLabel.Negative)]
    [InlineData(3, RatingScale.Stars1To5, SentimentLabel.Neutral)]
    [InlineData(4, RatingScale.Stars1To5, SentimentLabel.Positive)]
    [InlineData(5, RatingScale.Stars1To5, SentimentLabel.Positive)]
    [InlineData(2, RatingScale.Csat1To5, SentimentLabel.Negative)]
    [InlineData(3, RatingScale.Csat1To5, SentimentLabel.Neutral)]
    [InlineData(4, RatingScale.Csat1To5, SentimentLabel.Positive)]
    public void A_rating_without_text_is_read_by_its_scale(double raw, RatingScale scale, SentimentLabel expected)
    {
        var result = analyzer.Analyze("", "en", Rating.FromScale(raw, scale));

        Assert.Equal(expected, result.Label);
    }

    [Fact]
    public void The_same_fraction_of_the_scale_means_different_things_on_different_scales()
    {
        // 6/10 is a detractor; 3.4/5 (the same 0.6 of the scale) is a neutral star rating.
        Assert.Equal(SentimentLabel.Negative, analyzer.Analyze(null, "en", Rating.FromScale(6, RatingScale.Nps0To10)).Label);
        Assert.Equal(SentimentLabel.Neutral, analyzer.Analyze(null, "en", Rating.FromScale(3.4, RatingScale.Stars1To5)).Label);
    }

    [Fact]
    public void Evidence_names_the_rating_on_its_scale()
    {
        Assert.StartsWith("NPS 3/10", analyzer.Analyze("", "en", Rating.FromScale(3, RatingScale.Nps0To10)).Evidence, StringComparison.Ordinal);
        Assert.StartsWith("rating 1/5; 'never arrived' (-)", analyzer.Analyze("It never arrived.", "en", Rating.FromScale(1, RatingScale.Stars1To5)).Evidence, StringComparison.Ordinal);
        Assert.StartsWith("CSAT 2/5", analyzer.Analyze("", "en", Rating.FromScale(2, RatingScale.Csat1To5)).Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clear_text_overrules_a_contradicting_rating()
    {
        var misTap = analyzer.Analyze("Absolutely terrible, it broke on the first day and support ignored me.", "en", Rating.FromScale(5, RatingScale.Stars1To5));

        Assert.Equal(SentimentLabel.Negative, misTap.Label);
    }

    [Fact]
    public void A_weak_text_follows_the_rating()
    {
        Assert.Equal(SentimentLabel.Positive, analyzer.Analyze("It's ok.", "en", Rating.FromScale(5, RatingScale.Stars1To5)).Label);
        Assert.Equal(SentimentLabel.Negative, analyzer.Analyze("It's ok.", "en", Rating.FromScale(1, RatingScale.Stars1To5)).Label);
    }

    [Fact]
    public void A_happy_text_lifts_a_passive_score()
    {
        Assert.Equal(SentimentLabel.Neutral, analyzer.Analyze("", "en", Rating.FromScale(8, RatingScale.Nps0To10)).Label);
        Assert.Equal(SentimentLabel.Positive, analyzer.Analyze("Great product, fast delivery!", "en", Rating.FromScale(8, RatingScale.Nps0To10)).Label);
    }

    [Fact]
    public void Scores_stay_within_minus_one_and_one()
    {
        var worst = analyzer.Analyze("Terrible terrible awful horrible scam, worst ever!!! 😡😡😡", "en", Rating.FromScale(0, RatingScale.Nps0To10));
        var best = analyzer.Analyze("Amazing amazing perfect gorgeous, love love love it!!! 😍😍😍", "en", Rating.FromScale(10, RatingScale.Nps0To10));

        Assert.InRange(worst.Score, -1, -0.9);
        Assert.InRange(best.Score, 0.9, 1);
    }
}
