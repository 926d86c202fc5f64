using Connectors.Abstractions;
using Connectors.Plugins.HubSpot.Mapping;

namespace Connectors.Plugins.HubSpot.Tests;

public sealed class MappingTests
{
    [Theory]
    [InlineData(5, RatingScale.Stars1To5, "★★★★★ 5/5 stars")]
    [InlineData(1, RatingScale.Stars1To5, "★☆☆☆☆ 1/5 stars")]
    [InlineData(9, RatingScale.Nps0To10, "NPS 9/10 (promoter)")]
    [InlineData(7, RatingScale.Nps0To10, "NPS 7/10 (passive)")]
    [InlineData(0, RatingScale.Nps0To10, "NPS 0/10 (detractor)")]
    [InlineData(4, RatingScale.Csat1To5, "CSAT 4/5")]
    public void Ratings_read_on_their_own_scale(double raw, RatingScale scale, string expected) =>
        Assert.Equal(expected, Rating.FromScale(raw, scale).Describe());

    [Fact]
    public void Note_bodies_are_escaped_and_cut_to_HubSpots_limit_keeping_the_link()
    {
        var feedback = new FeedbackRecord
        {
            SourceId = "s1",
            Channel = "survey",
            Kind = "survey_answer",
            Rating = Rating.FromScale(3, RatingScale.Nps0To10),
            Body = "<script>alert(1)</script> & " + new string('x', 70_000),
            OccurredAt = DateTimeOffset.UnixEpoch,
            Url = new Uri("https://example.com/survey?a=1&b=2"),
        };

        var body = NoteContent.Body(feedback);

        Assert.True(body.Length <= NoteContent.MaxBodyLength, $"{body.Length} characters");
        Assert.StartsWith("<p><strong>Survey answer on Survey</strong> · NPS 3/10 (detractor)</p>", body, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", body, StringComparison.Ordinal);
        Assert.Contains("…</p>", body, StringComparison.Ordinal);
        Assert.EndsWith("<p><a href=\"https://example.com/survey?a=1&amp;b=2\">View on Survey</a></p>", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Jane van Dijk", "Jane", "van Dijk")]
    [InlineData("  Björn  ", "Björn", null)]
    [InlineData(null, null, null)]
    public void Names_split_at_the_first_space(string? name, string? first, string? last) =>
        Assert.Equal((first, last), ContactProperties.SplitName(name));

    [Fact]
    public void Contacts_carry_only_the_values_we_have()
    {
        var properties = ContactProperties.From(new CustomerRecord { SourceId = "42", Channel = "connectors", Email = "a@example.com" }, "a@example.com");

        Assert.Equal(new Dictionary<string, string> { ["email"] = "a@example.com", ["connectors_customer_id"] = "42" }, properties);
    }
}
