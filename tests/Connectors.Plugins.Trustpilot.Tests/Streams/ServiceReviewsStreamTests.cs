using System.Globalization;
using Connectors.Abstractions;
using Connectors.Plugins.Trustpilot.Tests.Support;
using Connectors.Sandbox.Trustpilot;

namespace Connectors.Plugins.Trustpilot.Tests.Streams;

/// <summary>The service_reviews stream against the emulator: mapping, joins, increments, resumption, tokens, quotas, faults.</summary>
public sealed class ServiceReviewsStreamTests
{
    private const string Stream = "service_reviews";

    [Fact]
    public async Task A_full_read_maps_every_review_with_its_order_its_buyers_email_and_its_reply()
    {
        await using var f = await StreamFixture.StartAsync();
        var batches = await SourceHost.ReadAllAsync(f.Host.Create(f.Options()), Stream);

        var feedback = batches.SelectMany(b => b.Feedback).ToDictionary(r => r.SourceId);
        var replies = batches.SelectMany(b => b.Messages).ToDictionary(m => m.ThreadKey);
        var reviews = f.Trustpilot.Reviews.All;
        Assert.Equal(reviews.Count, feedback.Count);
        Assert.Equal(13, batches.Count); // 120 reviews in pages of 10, the last one full, so one empty page ends the pass
        foreach (var review in reviews)
        {
            var item = feedback["review:" + review.Id];
            Assert.Equal(FeedbackKinds.Review, item.Kind);
            Assert.Equal(review.Stars, item.Rating!.Value.Raw);
            Assert.Equal(review.Title, item.Title);
            Assert.Equal(review.Language, item.Language);
            Assert.Equal(review.ReferenceId, item.OrderId);
            Assert.Equal(review.CreatedAt, item.OccurredAt);
            Assert.Equal(review.UpdatedAt, item.UpdatedAt);
            Assert.Equal(review.CompanyReply is null ? ReplyState.Unanswered : ReplyState.Answered, item.ReplyState);
            Assert.Equal(review.CompanyReply?.Text, replies.GetValueOrDefault(item.SourceId)?.Text);
        }

        // An invited review's author carries the referral email, the order joins the Shopify customer who placed it.
        var invited = reviews.Where(r => r.ReferenceId is not null).ToList();
        Assert.NotEmpty(invited);
        foreach (var review in invited)
        {
            var order = f.Sandbox.Shopify.Store.GetOrder(long.Parse(review.ReferenceId!, CultureInfo.InvariantCulture))!;
            Assert.Equal(f.Sandbox.Shopify.Store.GetCustomer(order.CustomerId!.Value)!.Email, review.ReferralEmail);
        }

        var customers = batches.SelectMany(b => b.Customers).GroupBy(c => c.SourceId).Select(g => g.Last()).ToList();
        Assert.Contains(customers, c => c.Email is not null && c.OrderIds.Count == 1 && invited.Any(r => r.ReferralEmail == c.Email && r.ReferenceId == c.OrderIds[0]));
        Assert.All(customers, c => Assert.Equal(2, c.Country!.Length));
    }

    [Fact]
    public async Task A_reply_made_elsewhere_an_edit_and_a_new_review_are_picked_up_on_the_next_run()
    {
        await using var f = await StreamFixture.StartAsync();
        var source = f.Host.Create(f.Options());
        var checkpoint = SourceHost.FinalCheckpoint(await SourceHost.ReadAllAsync(source, Stream));
        var newest = f.Trustpilot.Reviews.All;
        var recent = newest.First(r => r.CompanyReply is null);
        var edited = newest.First(r => r.Id != recent.Id);
        var old = newest.Last(r => r.CompanyReply is null);
        f.Clock.Advance(TimeSpan.FromHours(1));
        f.Trustpilot.ReplyElsewhere(recent.Id, "Answered in the Trustpilot app");
        f.Trustpilot.ReplyElsewhere(old.Id, "Answered a year later");
        f.Trustpilot.ChangeReview(edited.Id, new ServiceReviewChange { Stars = 1, Text = "Changed my mind." });
        var added = f.Trustpilot.AddReview(new ServiceReviewChange { PersonIndex = 5, Stars = 2 });

        var next = await SourceHost.ReadAllAsync(source, Stream, checkpoint);

        var feedback = next.SelectMany(b => b.Feedback).ToDictionary(r => r.SourceId);
        Assert.Equal(ReplyState.Answered, feedback["review:" + recent.Id].ReplyState);
        Assert.Equal("Answered in the Trustpilot app", next.SelectMany(b => b.Messages).Single(m => m.ThreadKey == "review:" + recent.Id).Text);
        Assert.Equal("Changed my mind.", feedback["review:" + edited.Id].Body);
        Assert.Equal(1, feedback["review:" + edited.Id].Rating!.Value.Raw);
        Assert.Contains("review:" + added.Id, feedback.Keys);

        // Older than the look-back window: only a full read sees it (Trustpilot has no "updated since").
        Assert.DoesNotContain("review:" + old.Id, feedback.Keys);
        Assert.True(feedback.Count < newest.Count, $"the next run read {feedback.Count} reviews: the window, not everything");
        Assert.All(f.Requests.Where(p => p.Contains("/reviews?", StringComparison.Ordinal)), p => Assert.Contains("orderBy=createdat.asc", p, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_read_stopped_after_a_batch_resumes_on_the_next_page()
    {
        await using var f = await StreamFixture.StartAsync();
        var source = f.Host.Create(f.Options());
        var full = (await SourceHost.ReadAllAsync(source, Stream)).SelectMany(b => b.Feedback).Select(r => r.SourceId).ToHashSet();
        SourceBatch first;
        await using (var reader = source.ReadAsync(Stream, null, CancellationToken.None).GetAsyncEnumerator())
        {
            Assert.True(await reader.MoveNextAsync());
            first = reader.Current;
        }

        f.Sandbox.Vendor("trustpilot").Received.Clear();
        var rest = await SourceHost.ReadAllAsync(source, Stream, first.Checkpoint);

        Assert.Contains("\"page\":2", first.Checkpoint, StringComparison.Ordinal);
        Assert.Contains("page=2&", f.Requests.First(p => p.Contains("/reviews?", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(full, first.Feedback.Concat(rest.SelectMany(b => b.Feedback)).Select(r => r.SourceId).ToHashSet());
        Assert.Empty(first.Feedback.Select(r => r.SourceId).Intersect(rest.SelectMany(b => b.Feedback).Select(r => r.SourceId)));
    }

    [Fact]
    public async Task An_expired_token_is_renewed_with_the_refresh_token_mid_run()
    {
        await using var f = await StreamFixture.StartAsync();
        var source = f.Host.Create(f.Options());
        var count = 0;
        await foreach (var batch in source.ReadAsync(Stream, null, CancellationToken.None))
        {
            if (count++ == 1)
            {
                f.Trustpilot.Tokens.ExpireAccessTokens();
            }
        }

        Assert.Equal(13, count);
        Assert.Single(f.Requests, p => p.EndsWith("/accesstoken", StringComparison.Ordinal));
        Assert.Single(f.Requests, p => p.EndsWith("/refresh", StringComparison.Ordinal));
        Assert.Equal(1, f.Sandbox.Vendor("trustpilot").Counters[Connectors.Sandbox.Framework.SandboxCounters.Unauthorized]);
    }

    [Fact]
    public async Task Client_credentials_work_without_a_business_user()
    {
        await using var f = await StreamFixture.StartAsync();
        var options = f.Options(pageSize: 100);
        options.Username = null;
        options.Password = null;
        options.Domain = null;
        options.BusinessUnitId = TrustpilotDefaults.BusinessUnitId;

        var feedback = (await SourceHost.ReadAllAsync(f.Host.Create(options), Stream)).SelectMany(b => b.Feedback).ToList();

        Assert.Equal(f.Trustpilot.Reviews.Count, feedback.Count);
        Assert.DoesNotContain(f.Requests, p => p.Contains("business-units/find", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_emulators_429s_are_waited_out_and_the_read_completes()
    {
        await using var f = await StreamFixture.StartAsync(configure: o => o.Trustpilot.Knobs = new() { CallsPerFiveMinutes = 4 });

        var feedback = (await SourceHost.ReadAllAsync(f.Host.Create(f.Options()), Stream)).SelectMany(b => b.Feedback).ToList();

        Assert.Equal(f.Trustpilot.Reviews.Count, feedback.Count);
        Assert.True(f.Sandbox.Vendor("trustpilot").Counters["quotaExceeded"] > 0, "the emulator never refused a call");
        Assert.True(f.Clock.Slept >= TimeSpan.FromSeconds(60), $"slept only {f.Clock.Slept}");
    }

    [Fact]
    public async Task The_client_budget_keeps_under_the_configured_quota_without_a_429()
    {
        await using var f = await StreamFixture.StartAsync();
        var options = f.Options();
        options.CallsPerFiveMinutes = 5;

        var feedback = (await SourceHost.ReadAllAsync(f.Host.Create(options), Stream)).SelectMany(b => b.Feedback).ToList();

        // 16 calls (token, lookup, 13 pages): five at once, then one a minute.
        Assert.Equal(f.Trustpilot.Reviews.Count, feedback.Count);
        Assert.Equal(0, f.Sandbox.Vendor("trustpilot").Counters["quotaExceeded"]);
        Assert.InRange(f.Clock.Slept, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(12));
    }

    [Fact]
    public async Task Server_errors_and_spoilt_bodies_are_retried()
    {
        await using var f = await StreamFixture.StartAsync();
        var source = f.Host.Create(f.Options());
        await source.CheckAsync(CancellationToken.None);
        f.Sandbox.Vendor("trustpilot").Faults.Set(new() { ServerErrorShare = 0.15, TruncatedShare = 0.1, MalformedShare = 0.05 });

        var feedback = (await SourceHost.ReadAllAsync(source, Stream)).SelectMany(b => b.Feedback).ToList();

        var counters = f.Sandbox.Vendor("trustpilot").Counters;
        Assert.Equal(f.Trustpilot.Reviews.Count, feedback.Count);
        Assert.True(counters[Connectors.Sandbox.Framework.SandboxCounters.ServerErrors] + counters[Connectors.Sandbox.Framework.SandboxCounters.Truncated] > 0);
    }
}
