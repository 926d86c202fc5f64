using Connectors.Abstractions;
using Connectors.Plugins.Trustpilot.Client.Models;
using Connectors.Plugins.Trustpilot.Mapping;

namespace Connectors.Plugins.Trustpilot.Tests.Mapping;

/// <summary>Who a review's author is: the invited buyer or the Trustpilot account, joined by the account identity.</summary>
public sealed class MappingTests
{
    private static readonly DateTimeOffset At = new(2026, 5, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_invited_reviews_author_is_the_buyer_with_the_referral_email_and_the_order()
    {
        var (customer, feedback, reply) = ServiceReviewMapper.Map(Review(" Jane.Doe@Example.com ", "5001", new ReplyDto("Thanks!", "bu-user", At.AddHours(1), null)));

        Assert.Equal("buyer:jane.doe@example.com", customer!.SourceId);
        Assert.Equal("Jane.Doe@Example.com", customer.Email);
        Assert.Equal(["5001"], customer.OrderIds);
        Assert.Equal("DE", customer.Country);
        Assert.Equal(new CustomerIdentity(Channels.Trustpilot, "c1"), Assert.Single(customer.Identities));
        Assert.Equal("5001", feedback.OrderId);
        Assert.Equal(customer.SourceId, feedback.CustomerSourceId);
        Assert.Equal(ReplyState.Answered, feedback.ReplyState);
        Assert.Equal(MessageDirection.Outbound, reply!.Direction);
        Assert.Equal("review:r1", reply.ThreadKey);
    }

    [Fact]
    public void An_organic_reviews_author_is_the_account_with_the_same_identity()
    {
        var (customer, feedback, reply) = ServiceReviewMapper.Map(Review(null, null, null));

        Assert.Equal("consumer:c1", customer!.SourceId);
        Assert.Null(customer.Email);
        Assert.Empty(customer.OrderIds);
        Assert.Equal(new CustomerIdentity(Channels.Trustpilot, "c1"), Assert.Single(customer.Identities));
        Assert.Equal(ReplyState.Unanswered, feedback.ReplyState);
        Assert.Null(reply);
    }

    [Fact]
    public void A_product_reviews_author_has_its_own_key_and_the_account_identity()
    {
        var (customer, feedback) = ProductReviewMapper.Map(new ProductReviewDto("p1", "c1", "Jane Doe", "jane@example.com", 2, "Too small", "en", "SBX-0001", null, "5002", "published", At, "conv-1"));

        Assert.Equal("product-consumer:c1", customer!.SourceId);
        Assert.Equal("jane@example.com", customer.Email);
        Assert.Equal(new CustomerIdentity(Channels.Trustpilot, "c1"), Assert.Single(customer.Identities));
        Assert.Equal("SBX-0001", feedback.ProductId);
        Assert.Equal("5002", feedback.OrderId);
        Assert.Equal(ReplyState.Answered, feedback.ReplyState);
        Assert.Equal(0.25, feedback.Rating!.Value.Value);
    }

    private static ServiceReviewDto Review(string? email, string? order, ReplyDto? reply) =>
        new("r1", "c1", "Jane D.", "Hamburg, DE", 4, "Good", "Quick delivery.", "de", null, At, At, email, order, reply);
}
