using System.Globalization;
using System.Text.Json;

namespace Connectors.Sandbox.Tests.Trustpilot;

/// <summary>Trustpilot reviewers are the sandbox's people: invited reviews carry a Shopify customer's email and order.</summary>
public sealed class TrustpilotIdentityTests
{
    [Fact]
    public async Task An_invited_reviews_referral_email_is_a_shopify_customers_and_its_reference_id_that_customers_order()
    {
        await using var sandbox = await SandboxHarness.StartAsync(200);
        var all = await sandbox.AllReviewsAsync(await sandbox.AccessTokenAsync());
        var invited = all.Where(r => r.GetProperty("referenceId").ValueKind == JsonValueKind.String).ToList();

        Assert.InRange(invited.Count, all.Count / 3, all.Count * 9 / 10);
        foreach (var review in invited)
        {
            var orderId = long.Parse(review.GetProperty("referenceId").GetString()!, CultureInfo.InvariantCulture);
            var order = sandbox.Shopify.Store.GetOrder(orderId);
            Assert.NotNull(order);
            var customer = sandbox.Shopify.Store.GetCustomer(order.CustomerId!.Value)!;
            Assert.Equal(customer.Email, review.GetProperty("referralEmail").GetString());
            var person = sandbox.Server.People.Get(customer.PersonIndex);
            Assert.Equal(person.Language, review.GetProperty("language").GetString());
            Assert.Equal($"{person.City}, {person.CountryCode}", review.GetProperty("consumer").GetProperty("displayLocation").GetString());
            Assert.True(review.Time("createdAt") > order.CreatedAt, "a review follows its order");
        }
    }

    [Fact]
    public async Task Stars_are_skewed_like_review_sites_and_languages_follow_the_countries()
    {
        await using var sandbox = await SandboxHarness.StartAsync(600);
        var reviews = sandbox.Trustpilot().Reviews.All;
        var stars = reviews.GroupBy(r => r.Stars).ToDictionary(g => g.Key, g => g.Count());

        Assert.True(stars[5] > reviews.Count / 3, $"{stars[5]} five-star reviews");
        Assert.True(stars[1] > stars[2] && stars[1] > stars.GetValueOrDefault(3) / 2, "the second bump is at one star");
        Assert.True(reviews.Select(r => r.Language).Distinct().Count() >= 4);
        Assert.All(reviews, r => Assert.Equal(sandbox.Server.People.Get(r.PersonIndex).Language, r.Language));
        Assert.True(reviews.Count(r => r.CompanyReply is not null && r.Stars <= 2) * 1.0 / reviews.Count(r => r.Stars <= 2)
            > reviews.Count(r => r.CompanyReply is not null && r.Stars >= 4) * 1.0 / reviews.Count(r => r.Stars >= 4), "bad reviews are answered more often");
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_reviews_and_another_seed_others()
    {
        await using var a = await SandboxHarness.StartAsync();
        await using var b = await SandboxHarness.StartAsync();
        await using var c = await SandboxHarness.StartAsync(configure: o => o.Seed = 7);

        Assert.Equal(a.Trustpilot().Reviews.All.Select(Key), b.Trustpilot().Reviews.All.Select(Key));
        Assert.Equal(a.Trustpilot().ProductReviews.All.Select(r => (r.Id, r.Stars, r.Content)), b.Trustpilot().ProductReviews.All.Select(r => (r.Id, r.Stars, r.Content)));
        Assert.NotEqual(a.Trustpilot().Reviews.All.Select(r => r.Text), c.Trustpilot().Reviews.All.Select(r => r.Text));
    }

    private static (string, int, string, string, DateTimeOffset, string?, string?, string?) Key(Connectors.Sandbox.Trustpilot.Data.ServiceReview r) =>
        (r.Id, r.Stars, r.Title, r.Text, r.CreatedAt, r.ReferenceId, r.ReferralEmail, r.CompanyReply?.Text);
}
