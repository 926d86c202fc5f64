using System.Globalization;
using Connectors.Sandbox.Amazon.Data;
using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Trustpilot.Data;

/// <summary>
/// Seeded product review #n, a pure function of (seed, n): always invited after a Shopify order (the consumer's email and
/// the order id), about a product of the sandbox catalogue (the Amazon seller's, the same shop), text in the buyer's language.
/// </summary>
internal sealed class ProductReviewFactory(int seed, SandboxPeople people, ShopifyPurchases purchases, Catalog catalog, ReviewTimeline timeline)
{
    private static readonly ulong Stream = SandboxHash.Stream("trustpilot/product-review");

    public ProductReview? Create(long n)
    {
        var r = new DeterministicRandom(seed, Stream, n);
        if (purchases.Pick(ref r) is not { } purchase)
        {
            return null;
        }

        var person = people.Get(purchase.CustomerIndex);
        var stars = StarDistribution.Pick(r.Next(100));
        var stateRoll = r.Next(100);
        return new ProductReview
        {
            Id = TrustpilotIds.Of(seed, "product-review", n),
            PersonIndex = purchase.CustomerIndex,
            ConsumerId = ConsumerNames.Id(seed, purchase.CustomerIndex),
            ConsumerName = person.FirstName + " " + person.LastName,
            ConsumerEmail = person.Email,
            ReferenceId = purchase.OrderId.ToString(CultureInfo.InvariantCulture),
            Product = Product(catalog.Products[r.Next(catalog.Products.Count)]),
            Stars = stars,
            Content = SandboxText.Feedback(person.Language, stars, r.NextUInt64()),
            Language = person.Language,
            Locale = ConsumerNames.Locale(person),
            State = stateRoll switch { < 90 => "published", < 95 => "unpublished", < 98 => "pending", _ => "archived" },
            CreatedAt = timeline.Clamp(purchase.OrderedAt.AddDays(r.Next(5, 30)).AddSeconds(r.Next(86_400))),
        };
    }

    public ProductInfo Product(Product product) => new(
        TrustpilotIds.Of(seed, "product", product.Index),
        product.Sku,
        product.Title,
        $"https://{TrustpilotDefaults.Domain}/products/{product.Sku.ToLowerInvariant()}");
}
