using System.Globalization;
using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Trustpilot.Data;

/// <summary>
/// Seeded service review #n, a pure function of (seed, n): invited ones follow a Shopify order of a customer (referral
/// email and reference id), organic ones come from any sandbox person; text in the writer's language; stars J-shaped;
/// a share answered by the business, more of the bad ones.
/// </summary>
internal sealed class ServiceReviewFactory(int seed, SandboxPeople people, ShopifyPurchases purchases, TrustpilotOptions options, long population, ReviewTimeline timeline)
{
    private static readonly ulong Stream = SandboxHash.Stream("trustpilot/service-review");

    public ServiceReview Create(long n)
    {
        var r = new DeterministicRandom(seed, Stream, n);
        var purchase = r.Chance(options.InvitedShare) ? purchases.Pick(ref r) : null;
        var personIndex = purchase?.CustomerIndex ?? r.Next((int)Math.Min(int.MaxValue, Math.Max(1, population)));
        var person = people.Get(personIndex);
        var created = purchase is { } p
            ? timeline.Clamp(p.OrderedAt.AddDays(r.Next(2, 21)).AddSeconds(r.Next(86_400)))
            : timeline.At(r.NextDouble());
        var stars = StarDistribution.Pick(r.Next(100));
        var language = person.Language;
        var reply = Reply(ref r, stars, language, created);
        var edited = r.Chance(0.05) ? timeline.Clamp(created.AddDays(r.Next(1, 10))) : created;
        return new ServiceReview
        {
            Id = TrustpilotIds.Of(seed, "service-review", n),
            PersonIndex = personIndex,
            ConsumerId = ConsumerNames.Id(seed, personIndex),
            ConsumerName = ConsumerNames.Display(person),
            ConsumerLocation = ConsumerNames.Location(person),
            ConsumerReviews = 1 + r.Next(12),
            Stars = stars,
            Title = StarDistribution.Headline(SandboxText.Feedback(language, stars, r.NextUInt64())),
            Text = SandboxText.Feedback(language, stars, r.NextUInt64()),
            Language = language,
            CreatedAt = created,
            UpdatedAt = reply is null || reply.UpdatedAt < edited ? edited : reply.UpdatedAt,
            ExperiencedAt = WholeSeconds.Of(purchase?.OrderedAt ?? created.AddDays(-r.Next(1, 30))),
            ReferralEmail = purchase is null ? null : person.Email,
            ReferenceId = purchase?.OrderId.ToString(CultureInfo.InvariantCulture),
            Source = purchase is null ? "Organic" : "InvitationApi",
            CompanyReply = reply,
            IsVerified = purchase is not null,
            NumberOfLikes = r.Chance(0.8) ? 0 : r.Next(1, 6),
            Tags = purchase is null ? [] : [("channel", "shopify")],
        };
    }

    private CompanyReply? Reply(ref DeterministicRandom r, int stars, string language, DateTimeOffset created)
    {
        var weight = stars switch { <= 2 => 1.8, 3 => 1.2, _ => 0.7 };
        if (!r.Chance(Math.Min(1, options.RepliedShare * weight)))
        {
            return null;
        }

        var at = timeline.Clamp(created.AddMinutes(r.Next(30, 5 * 24 * 60)));
        return new CompanyReply(ReplyPhrases.For(language, stars, r.NextUInt64()), TrustpilotDefaults.BusinessUserId, at, at);
    }
}
