using Connectors.Abstractions;
using Connectors.Plugins.Amazon.Mapping;
using Connectors.Plugins.Amazon.Marketplaces;

namespace Connectors.Plugins.Amazon.Tests.Mapping;

/// <summary>Report rows into the common schema: dates per marketplace, ratings, reasons, and rows that cannot be read.</summary>
public sealed class MappingTests
{
    [Theory]
    [InlineData("US", "5/3/24")]
    [InlineData("DE", "3.5.24")]
    [InlineData("GB", "03/05/24")]
    [InlineData("JP", "24/5/3")]
    [InlineData("SE", "2024-05-03")]
    public void Seller_feedback_dates_are_read_in_each_marketplace_s_format(string country, string date)
    {
        var mapped = SellerFeedbackMapper.Map([date, "2", "Late again", "", "302-1234567-1234567", "x@marketplace.amazon.de"], KnownMarketplaces.Find(country)!);

        Assert.Null(mapped.Problem);
        Assert.Equal(new DateTimeOffset(2024, 5, 3, 0, 0, 0, TimeSpan.Zero), mapped.Feedback!.OccurredAt);
        Assert.Equal(0.25, mapped.Feedback.Rating!.Value.Value);
        Assert.Equal(ReplyState.Unanswered, mapped.Feedback.ReplyState);
        Assert.Null(mapped.Reply);
        Assert.Equal("buyer:x@marketplace.amazon.de", mapped.Feedback.CustomerSourceId);
        Assert.Equal(KnownMarketplaces.Find(country)!.Language, mapped.Feedback.Language); // stated, so enrichment checks rather than guesses
    }

    [Fact]
    public void A_response_is_an_outbound_message_in_the_feedback_s_thread()
    {
        var mapped = SellerFeedbackMapper.Map(["5/3/24", "1", "Broken", "Sorry, a replacement is on its way", "111-1234567-1234567", ""], KnownMarketplaces.Find("US")!);

        Assert.Equal(ReplyState.Answered, mapped.Feedback!.ReplyState);
        Assert.Null(mapped.Customer);
        Assert.Equal("feedback/111-1234567-1234567", mapped.Reply!.ThreadKey);
        Assert.Equal(MessageDirection.Outbound, mapped.Reply.Direction);
        Assert.Equal("Sorry, a replacement is on its way", mapped.Reply.Text);
    }

    [Theory]
    [InlineData("32/13/24", "2", "is not in")]
    [InlineData("5/3/24", "6", "1 to 5")]
    public void A_row_that_cannot_be_read_is_skipped_with_the_reason(string date, string rating, string reason)
    {
        var mapped = SellerFeedbackMapper.Map([date, rating, "", "", "111-1234567-1234567", ""], KnownMarketplaces.Find("US")!);

        Assert.Null(mapped.Feedback);
        Assert.Contains(reason, mapped.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_return_has_its_readable_reason_as_title_and_the_buyer_s_comment_as_body()
    {
        var mapped = ReturnMapper.Map(
            ["2024-05-03T10:00:00+02:00", "302-1234567-1234567", "SKU-1", "B0SANDBOX1", "X001", "Kettle", "1", "LEJ1", "DEFECTIVE", "DEFECTIVE", "Reimbursed", "LPN123", "Stopped working"]);

        Assert.Equal(FeedbackKinds.ReturnReason, mapped.Feedback!.Kind);
        Assert.Equal("return/302-1234567-1234567/LPN123", mapped.Feedback.SourceId);
        Assert.Equal("Defective or does not work", mapped.Feedback.Title);
        Assert.Equal("Stopped working", mapped.Feedback.Body);
        Assert.Equal("B0SANDBOX1", mapped.Feedback.ProductId);
        Assert.Equal(new DateTimeOffset(2024, 5, 3, 8, 0, 0, TimeSpan.Zero), mapped.Feedback.OccurredAt);
    }

    [Theory]
    [InlineData("UNWANTED_ITEM", "No longer needed or wanted")]
    [InlineData("APPAREL_TOO_SMALL", "Apparel too small")]
    [InlineData("", "No reason given")]
    public void Reason_codes_read_as_words(string code, string text) => Assert.Equal(text, ReturnReasons.Describe(code));
}
