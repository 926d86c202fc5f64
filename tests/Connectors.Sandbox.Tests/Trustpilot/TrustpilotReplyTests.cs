using System.Net;
using System.Text.Json;

namespace Connectors.Sandbox.Tests.Trustpilot;

public sealed class TrustpilotReplyTests
{
    [Fact]
    public async Task A_reply_shows_in_company_reply_and_bumps_updated_at_and_delete_removes_it()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        var review = (await sandbox.AllReviewsAsync(token, "responded=false"))[0];
        var id = review.GetProperty("id").GetString()!;
        sandbox.Clock.Advance(TimeSpan.FromMinutes(5));

        var reply = await sandbox.CallAsync(HttpMethod.Post, $"v1/private/reviews/{id}/reply", token, """{"authorBusinessUserId":"5f00000000000000000000bb","message":"Thanks for telling us.","submittedAt":"2025-06-01T12:05:00"}""");
        var answered = (await sandbox.AllReviewsAsync(token, "responded=true")).Single(r => r.GetProperty("id").GetString() == id);

        Assert.Equal(HttpStatusCode.Created, reply.Status);
        Assert.Equal("Thanks for telling us.", answered.GetProperty("companyReply").GetProperty("text").GetString());
        Assert.Equal("5f00000000000000000000bb", answered.GetProperty("companyReply").GetProperty("authorBusinessUserId").GetString());
        Assert.Equal(sandbox.Clock.GetUtcNow(), answered.Time("updatedAt"));
        Assert.Equal(sandbox.Clock.GetUtcNow(), answered.GetProperty("companyReply").Time("createdAt"));

        sandbox.Clock.Advance(TimeSpan.FromMinutes(5));
        var deleted = await sandbox.CallAsync(HttpMethod.Delete, $"v1/private/reviews/{id}/reply", token);
        var after = (await sandbox.AllReviewsAsync(token, "responded=false")).Single(r => r.GetProperty("id").GetString() == id);

        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.Equal(JsonValueKind.Null, after.GetProperty("companyReply").ValueKind);
        Assert.Equal(sandbox.Clock.GetUtcNow(), after.Time("updatedAt"));
    }

    [Fact]
    public async Task A_reply_to_an_unknown_or_deleted_review_is_404_and_an_empty_message_400()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        var id = sandbox.Trustpilot().Reviews.All[0].Id;
        const string Body = """{"authorBusinessUserId":"5f00000000000000000000bb","message":"Hello"}""";

        var empty = await sandbox.CallAsync(HttpMethod.Post, $"v1/private/reviews/{id}/reply", token, """{"authorBusinessUserId":"x","message":""}""");
        var unknown = await sandbox.CallAsync(HttpMethod.Post, "v1/private/reviews/ffffffffffffffffffffffff/reply", token, Body);
        await sandbox.ControlAsync(HttpMethod.Delete, $"_sandbox/trustpilot/reviews/{id}", expected: HttpStatusCode.NoContent);
        var gone = await sandbox.CallAsync(HttpMethod.Post, $"v1/private/reviews/{id}/reply", token, Body);
        var goneDelete = await sandbox.CallAsync(HttpMethod.Delete, $"v1/private/reviews/{id}/reply", token);

        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
        Assert.Equal(HttpStatusCode.NotFound, goneDelete.Status);
        Assert.Equal(119, (await sandbox.AllReviewsAsync(token)).Count);
        Assert.True(sandbox.Trustpilot().Reviews.WasDeleted(id));
    }

    [Fact]
    public async Task Deleting_the_reply_of_an_unanswered_review_changes_nothing()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var review = sandbox.Trustpilot().Reviews.All.First(r => r.CompanyReply is null);
        sandbox.Clock.Advance(TimeSpan.FromHours(1));

        var deleted = await sandbox.CallAsync(HttpMethod.Delete, $"v1/private/reviews/{review.Id}/reply", await sandbox.AccessTokenAsync());

        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.Equal(review.UpdatedAt, sandbox.Trustpilot().Reviews.Find(review.Id)!.UpdatedAt);
    }

    [Fact]
    public async Task The_reply_status_knob_answers_200_instead_of_201()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        sandbox.Trustpilot().Knobs = sandbox.Trustpilot().Knobs with { ReplyStatusCode = 200 };
        var reply = await sandbox.CallAsync(HttpMethod.Post, $"v1/private/reviews/{sandbox.Trustpilot().Reviews.All[0].Id}/reply", await sandbox.AccessTokenAsync(), """{"authorBusinessUserId":"a","message":"Hi"}""");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
    }

    [Fact]
    public async Task Control_changes_a_reply_made_elsewhere_and_new_reviews_are_stamped_with_the_sandbox_clock()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        var old = sandbox.Trustpilot().Reviews.All.Last(r => r.CompanyReply is null);
        sandbox.Clock.Advance(TimeSpan.FromHours(1));

        var replied = await sandbox.ControlAsync(HttpMethod.Post, $"_sandbox/trustpilot/reviews/{old.Id}/reply", new { message = "Answered in the Trustpilot app" });
        var changed = await sandbox.ControlAsync(HttpMethod.Patch, $"_sandbox/trustpilot/reviews/{sandbox.Trustpilot().Reviews.All[1].Id}", new { stars = 2, text = "Changed my mind." });
        var buyer = sandbox.FirstBuyer();
        var added = await sandbox.ControlAsync(HttpMethod.Post, "_sandbox/trustpilot/reviews", new { personIndex = buyer, stars = 4, invited = true }, HttpStatusCode.Created);
        var badStars = await sandbox.ControlAsync(HttpMethod.Post, "_sandbox/trustpilot/reviews", new { personIndex = 7, stars = 9 }, HttpStatusCode.BadRequest);

        var now = sandbox.Clock.GetUtcNow();
        Assert.Equal("Answered in the Trustpilot app", replied.GetProperty("companyReply").GetProperty("text").GetString());
        Assert.Equal(now, replied.Time("updatedAt"));
        Assert.Equal(2, changed.GetProperty("stars").GetInt32());
        Assert.Equal(now, changed.Time("updatedAt"));
        Assert.Equal(now, added.Time("createdAt"));
        Assert.Equal(sandbox.Server.People.Get(buyer).Email, added.GetProperty("referralEmail").GetString());
        Assert.Contains("stars", badStars.GetProperty("errors")[0].GetString(), StringComparison.Ordinal);
        var newest = (await sandbox.ReviewsAsync(token, "perPage=1")).Reviews[0];
        Assert.Equal(added.GetProperty("id").GetString(), newest.GetProperty("id").GetString());
    }
}
