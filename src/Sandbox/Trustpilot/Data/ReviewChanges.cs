using System.Globalization;
using Connectors.Sandbox.Amazon.Data;
using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Trustpilot.Data;

/// <summary>
/// Applies control-API changes: a review written now by a sandbox person (invited after their first Shopify order, or
/// organic), a changed review, a product review. Each problem is reported in the words of the change's fields.
/// </summary>
internal sealed class ReviewChanges(int seed, SandboxPeople people, ShopifyPurchases purchases, Catalog catalog, ProductReviewFactory products)
{
    public (ServiceReview? Review, string? Problem) AddService(ServiceReviews reviews, ServiceReviewChange change)
    {
        if (change.PersonIndex is not { } index || index < 0 || change.Stars is not (>= 1 and <= 5))
        {
            return (null, "personIndex (0 or more) and stars (1-5) are needed");
        }

        var person = people.Get(index);
        var purchase = change.Invited == true ? purchases.FirstOrderOf(index) : null;
        if (change.Invited == true && purchase is null)
        {
            return (null, $"person {index} is not a Shopify customer with an order, so no invitation followed one");
        }

        var stars = change.Stars.Value;
        var language = change.Language ?? person.Language;
        var text = change.Text ?? SandboxText.Feedback(language, stars, (ulong)index);
        var review = reviews.Add(seeded => seeded with
        {
            PersonIndex = index,
            ConsumerId = ConsumerNames.Id(seed, index),
            ConsumerName = ConsumerNames.Display(person),
            ConsumerLocation = ConsumerNames.Location(person),
            Stars = stars,
            Title = change.Title ?? StarDistribution.Headline(text),
            Text = text,
            Language = language,
            ReferralEmail = change.ReferralEmail ?? (purchase is null ? null : person.Email),
            ReferenceId = change.ReferenceId ?? purchase?.OrderId.ToString(CultureInfo.InvariantCulture),
            ExperiencedAt = purchase?.OrderedAt ?? seeded.ExperiencedAt,
            Source = purchase is null && change.ReferenceId is null ? "Organic" : "InvitationApi",
            IsVerified = purchase is not null,
            Tags = purchase is null ? [] : [("channel", "shopify")],
        });
        return (review, null);
    }

    /// <summary>The changed review; (null, null) when there is no such review.</summary>
    public static (ServiceReview? Review, string? Problem) ChangeService(ServiceReviews reviews, string id, ServiceReviewChange change)
    {
        if (change.Stars is { } s && s is < 1 or > 5)
        {
            return (null, "stars must be between 1 and 5");
        }

        var changed = reviews.Change(id, review => review with
        {
            Stars = change.Stars ?? review.Stars,
            Title = change.Title ?? review.Title,
            Text = change.Text ?? review.Text,
            Language = change.Language ?? review.Language,
            ReferenceId = change.ReferenceId is null ? review.ReferenceId : Blank(change.ReferenceId),
            ReferralEmail = change.ReferralEmail is null ? review.ReferralEmail : Blank(change.ReferralEmail),
        });
        return (changed, null);
    }

    public (ProductReview? Review, string? Problem) AddProduct(ProductReviews reviews, ProductReviewChange change)
    {
        if (change.PersonIndex is not { } index || index < 0 || change.Stars is not (>= 1 and <= 5))
        {
            return (null, "personIndex (0 or more) and stars (1-5) are needed");
        }

        var product = change.Sku is null ? catalog.Products[0] : catalog.Products.FirstOrDefault(p => p.Sku == change.Sku);
        if (product is null)
        {
            return (null, $"sku {change.Sku} is not in the catalogue (SBX-0001 … SBX-{catalog.Products.Count:0000})");
        }

        if (change.State is { } state && state is not ("published" or "unpublished" or "pending" or "archived"))
        {
            return (null, "state must be published, unpublished, pending or archived");
        }

        var person = people.Get(index);
        var purchase = purchases.FirstOrderOf(index);
        var stars = change.Stars.Value;
        var review = reviews.Add(seeded => seeded with
        {
            PersonIndex = index,
            ConsumerId = ConsumerNames.Id(seed, index),
            ConsumerName = person.FirstName + " " + person.LastName,
            ConsumerEmail = person.Email,
            ReferenceId = purchase?.OrderId.ToString(CultureInfo.InvariantCulture),
            Product = products.Product(product),
            Stars = stars,
            Content = change.Content ?? SandboxText.Feedback(person.Language, stars, (ulong)index),
            Language = person.Language,
            Locale = ConsumerNames.Locale(person),
            State = change.State ?? "published",
        });
        return review is null ? (null, "the shop has no customer with an order to start a product review from") : (review, null);
    }

    private static string? Blank(string text) => text.Length == 0 ? null : text;
}
