using Connectors.Plugins.Webhook.Formats;

namespace Connectors.Plugins.Webhook.Tests.Formats;

public sealed class AlertValuesTests
{
    [Theory]
    [InlineData("negative_share", 0.3412, "34.1%")]
    [InlineData("csat", 0.8, "80%")]
    [InlineData("volume", 1234, "1,234")]
    [InlineData("nps", -12.34, "-12.3")]
    [InlineData("average_rating", 0.4567, "0.46")]
    [InlineData("volume", double.NaN, "n/a")]
    public void Each_metric_reads_as_a_person_expects(string metric, double value, string text)
    {
        Assert.Equal(text, AlertValues.Format(metric, value));
    }

    [Fact]
    public void The_ratio_to_the_baseline_is_given_only_for_a_positive_baseline()
    {
        var alert = Items.Alert(value: 0.34, baseline: 0.12).Alert!;

        Assert.Equal("2.8x the baseline", AlertValues.Ratio(alert));
        Assert.Null(AlertValues.Ratio(alert with { Baseline = 0 }));
        Assert.Null(AlertValues.Ratio(alert with { Baseline = null }));
    }
}
