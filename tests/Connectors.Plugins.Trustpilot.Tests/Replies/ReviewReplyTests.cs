using Connectors.Abstractions;
using Connectors.Plugins.Trustpilot.Tests.Support;
using Connectors.Sandbox;
using Connectors.Sandbox.Trustpilot;

namespace Connectors.Plugins.Trustpilot.Tests.Replies;

/// <summary>Posting the business's replies against the emulator: service-review replies and product-review comments.</summary>
public sealed class ReviewReplyTests : IAsyncLifetime, IDisposable
{
    private readonly SourceHost _host = new();
    private SandboxServer _sandbox = null!;

    private TrustpilotEmulator Trustpilot => _sandbox.Trustpilot;

    public async Task InitializeAsync() => _sandbox = await TrustpilotSandbox.StartAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    public void Dispose() => _host.Dispose();

    private IReplyTarget Target(bool withAuthor = true)
    {
        var options = TrustpilotSandbox.Options(_sandbox);
        options.ReplyAsBusinessUserId = withAuthor ? TrustpilotDefaults.BusinessUserId : null;
        return (IReplyTarget)_host.Create(options);
    }

    private static ReplyRequest Request(string sourceId, string text) => new() { IdempotencyKey = "tp:reply:1", SourceId = sourceId, Text = text };

    [Fact]
    public async Task A_service_review_gets_the_reply_as_the_business_user()
    {
        var review = Trustpilot.Reviews.All.First(r => r.CompanyReply is null);

        var result = await Target().PostReplyAsync(Request("review:" + review.Id, "Thank you!"), CancellationToken.None);

        Assert.Equal(SinkOutcome.Done, result.Outcome);
        var reply = Trustpilot.Reviews.Find(review.Id)!.CompanyReply!;
        Assert.Equal(("Thank you!", TrustpilotDefaults.BusinessUserId), (reply.Text, reply.AuthorBusinessUserId));
    }

    [Fact]
    public async Task A_product_review_comment_posted_again_after_a_lost_answer_is_found_not_posted_twice()
    {
        var review = Trustpilot.ProductReviews.All.First(r => r.ConversationId is null);
        var target = Target();

        var first = await target.PostReplyAsync(Request("product-review:" + review.Id, "We will send a new pair."), CancellationToken.None);
        var again = await target.PostReplyAsync(Request("product-review:" + review.Id, "We will send a new pair."), CancellationToken.None);

        Assert.Equal((SinkOutcome.Done, SinkOutcome.Done), (first.Outcome, again.Outcome));
        Assert.Equal(first.SinkId, again.SinkId);
        var conversation = Trustpilot.ProductReviews.FindConversation(Trustpilot.ProductReviews.Find(review.Id)!.ConversationId!)!;
        Assert.Equal("We will send a new pair.", Assert.Single(conversation.Comments).Content);
    }

    [Fact]
    public async Task A_deleted_review_or_a_missing_business_user_is_refused_for_good_with_the_reason()
    {
        var reviews = Trustpilot.Reviews.All.Where(r => r.CompanyReply is null).Take(2).ToList();
        Trustpilot.Reviews.Delete(reviews[0].Id);

        var deleted = await Target().PostReplyAsync(Request("review:" + reviews[0].Id, "Sorry"), CancellationToken.None);
        var anonymous = await Target(withAuthor: false).PostReplyAsync(Request("review:" + reviews[1].Id, "Sorry"), CancellationToken.None);

        Assert.Equal(SinkOutcome.Failed, deleted.Outcome);
        Assert.Contains("no review", deleted.Error, StringComparison.Ordinal);
        Assert.Equal(SinkOutcome.Failed, anonymous.Outcome);
        Assert.Contains("replyAsBusinessUserId", anonymous.Error, StringComparison.Ordinal);
        Assert.Null(Trustpilot.Reviews.Find(reviews[1].Id)!.CompanyReply);
    }
}
