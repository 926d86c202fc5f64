using System.Net;
using System.Text.Json;

namespace Connectors.Sandbox.Tests.Trustpilot;

public sealed class TrustpilotReviewListTests
{
    [Fact]
    public async Task The_default_page_is_twenty_newest_first_with_links_on_every_review()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var call = await sandbox.ReviewsAsync(await sandbox.AccessTokenAsync());

        Assert.Equal(HttpStatusCode.OK, call.Status);
        Assert.Equal(20, call.Reviews.Length);
        Assert.Equal(sandbox.Trustpilot().Reviews.All.Take(20).Select(r => r.Id), call.Reviews.Select(r => r.GetProperty("id").GetString()));
        Assert.True(call.Reviews.Zip(call.Reviews.Skip(1)).All(p => p.First.Time("createdAt") >= p.Second.Time("createdAt")));
        Assert.All(call.Reviews, r => Assert.NotEmpty(r.GetProperty("links").EnumerateArray()));
    }

    [Fact]
    public async Task Pages_cover_every_review_once_and_past_the_end_is_an_empty_array()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        var ids = new List<string>();
        for (var page = 1; page <= 8; page++)
        {
            var reviews = (await sandbox.ReviewsAsync(token, $"perPage=17&page={page}&orderBy=createdat.asc")).Reviews;
            Assert.Equal(page < 8 ? 17 : 1, reviews.Length);
            ids.AddRange(reviews.Select(r => r.GetProperty("id").GetString()!));
        }

        var past = await sandbox.ReviewsAsync(token, "perPage=17&page=9");

        Assert.Equal(120, ids.Count);
        Assert.Equal(120, ids.Distinct().Count());
        Assert.Equal(HttpStatusCode.OK, past.Status);
        Assert.Empty(past.Reviews);
    }

    [Theory]
    [InlineData("createdat.asc")]
    [InlineData("createdat.desc")]
    [InlineData("stars.asc")]
    [InlineData("stars.desc")]
    public async Task Each_ordering_sorts_the_whole_list(string orderBy)
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var all = await sandbox.AllReviewsAsync(await sandbox.AccessTokenAsync(), "orderBy=" + orderBy);

        Assert.Equal(120, all.Count);
        var pairs = all.Zip(all.Skip(1)).ToList();
        Assert.All(pairs, p =>
        {
            var (a, b) = (p.First, p.Second);
            var ok = orderBy switch
            {
                "createdat.asc" => a.Time("createdAt") <= b.Time("createdAt"),
                "createdat.desc" => a.Time("createdAt") >= b.Time("createdAt"),
                "stars.asc" => a.GetProperty("stars").GetInt32() <= b.GetProperty("stars").GetInt32(),
                _ => a.GetProperty("stars").GetInt32() >= b.GetProperty("stars").GetInt32(),
            };
            Assert.True(ok, $"{orderBy}: {a.GetProperty("id")} before {b.GetProperty("id")}");
        });
    }

    [Theory]
    [InlineData("perPage=0")]
    [InlineData("perPage=101")]
    [InlineData("page=0")]
    [InlineData("orderBy=updatedat.desc")]
    [InlineData("stars=6")]
    [InlineData("startDateTime=yesterday")]
    [InlineData("responded=maybe")]
    public async Task Invalid_parameters_are_400_naming_the_parameter(string query)
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var call = await sandbox.ReviewsAsync(await sandbox.AccessTokenAsync(), query);

        Assert.Equal(HttpStatusCode.BadRequest, call.Status);
        Assert.Contains(query.Split('=')[0], call.Json.GetProperty("details")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_business_unit_is_404()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var call = await sandbox.CallAsync(HttpMethod.Get, "v1/private/business-units/000000000000000000000000/reviews", await sandbox.AccessTokenAsync());

        Assert.Equal(HttpStatusCode.NotFound, call.Status);
    }

    [Fact]
    public async Task Stars_and_language_filters_take_one_or_several_values()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        var all = await sandbox.AllReviewsAsync(token);
        var low = await sandbox.AllReviewsAsync(token, "stars=1,2");
        var language = all.GroupBy(r => r.GetProperty("language").GetString()).OrderByDescending(g => g.Count()).First().Key!;
        var inLanguage = await sandbox.AllReviewsAsync(token, "language=" + language);

        Assert.Equal(all.Count(r => r.GetProperty("stars").GetInt32() <= 2), low.Count);
        Assert.NotEmpty(low);
        Assert.All(low, r => Assert.InRange(r.GetProperty("stars").GetInt32(), 1, 2));
        Assert.Equal(all.Count(r => r.GetProperty("language").GetString() == language), inLanguage.Count);
        Assert.True(inLanguage.Count < all.Count);
    }

    [Fact]
    public async Task The_date_range_filters_on_creation_start_inclusive_end_exclusive()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        var all = await sandbox.AllReviewsAsync(token, "orderBy=createdat.asc");
        var start = all[30].Time("createdAt");
        var end = all[60].Time("createdAt");

        var window = await sandbox.AllReviewsAsync(token, $"orderBy=createdat.asc&startDateTime={start.UtcDateTime:yyyy-MM-ddTHH:mm:ss}&endDateTime={end.UtcDateTime:yyyy-MM-ddTHH:mm:ss}");

        Assert.Equal(all.Where(r => r.Time("createdAt") >= start && r.Time("createdAt") < end).Select(Id), window.Select(Id));
        Assert.Equal(Id(all[30]), Id(window[0]));
    }

    [Fact]
    public async Task Reference_id_referral_email_and_responded_filters_find_the_matching_reviews()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        var all = await sandbox.AllReviewsAsync(token);
        var invited = all.First(r => r.GetProperty("referenceId").ValueKind == JsonValueKind.String);
        var email = invited.GetProperty("referralEmail").GetString()!;

        var byReference = await sandbox.AllReviewsAsync(token, "referenceId=" + invited.GetProperty("referenceId").GetString());
        var byEmail = await sandbox.AllReviewsAsync(token, "referralEmail=" + Uri.EscapeDataString(email.ToUpperInvariant()));
        var responded = await sandbox.AllReviewsAsync(token, "responded=true");
        var unanswered = await sandbox.AllReviewsAsync(token, "responded=false");

        Assert.Contains(Id(invited), byReference.Select(Id));
        Assert.All(byReference, r => Assert.Equal(invited.GetProperty("referenceId").GetString(), r.GetProperty("referenceId").GetString()));
        Assert.Contains(Id(invited), byEmail.Select(Id));
        Assert.All(byEmail, r => Assert.Equal(email, r.GetProperty("referralEmail").GetString(), StringComparer.OrdinalIgnoreCase));
        Assert.NotEmpty(responded);
        Assert.All(responded, r => Assert.Equal(JsonValueKind.Object, r.GetProperty("companyReply").ValueKind));
        Assert.All(unanswered, r => Assert.Equal(JsonValueKind.Null, r.GetProperty("companyReply").ValueKind));
        Assert.Equal(all.Count, responded.Count + unanswered.Count);
    }

    private static string Id(JsonElement review) => review.GetProperty("id").GetString()!;
}
