using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Amazon.Data;

/// <summary>
/// Whether a delivered order has seller feedback or an FBA return, and what it says: a pure function of (seed, order),
/// so a report of any size is generated while it is written, row by row.
/// </summary>
internal sealed class FeedbackAndReturns(int seed, AmazonOptions options, SandboxPeople people, AmazonBuyers buyers)
{
    private static readonly ulong FeedbackStream = SandboxHash.Stream("amazon/feedback");
    private static readonly ulong ReturnStream = SandboxHash.Stream("amazon/return");
    private static readonly string[] Centers = ["PHX7", "BHX4", "LEJ1", "MUC3", "CDG7", "FCO1", "MAD4", "ARN1", "NRT5", "YYZ4"];
    private static readonly string[] Reasons =
    [
        "DEFECTIVE", "NOT_AS_DESCRIBED", "UNWANTED_ITEM", "QUALITY_UNACCEPTABLE", "ORDERED_WRONG_ITEM", "NOT_COMPATIBLE",
        "APPARENT_LATE_DELIVERY", "MISSING_PARTS", "DAMAGED_BY_CARRIER", "FOUND_BETTER_PRICE", "SWITCHEROO", "NO_REASON_GIVEN",
    ];

    private static readonly string[] Dispositions = ["SELLABLE", "CUSTOMER_DAMAGED", "DEFECTIVE", "CARRIER_DAMAGED", "DAMAGED"];
    private static readonly string[] Statuses = ["Unit returned to inventory", "Reimbursed", "Repackaged Successfully", "Pending repackaging"];

    private static readonly Dictionary<string, string[]> Responses = new(StringComparer.Ordinal)
    {
        ["en"] = ["We are sorry to hear this. Please contact us through Buyer-Seller Messaging so we can put it right.", "Thank you for the feedback; a replacement is on its way."],
        ["de"] = ["Das tut uns leid. Bitte kontaktieren Sie uns über die Käufer-Verkäufer-Kommunikation, damit wir helfen können.", "Danke für Ihr Feedback, Ersatz ist unterwegs."],
        ["fr"] = ["Nous sommes désolés. Contactez-nous via la messagerie acheteur-vendeur pour que nous trouvions une solution.", "Merci pour votre retour, un remplacement est en route."],
        ["es"] = ["Lamentamos lo ocurrido. Contáctenos por la mensajería comprador-vendedor para solucionarlo.", "Gracias por su opinión; el reemplazo ya está en camino."],
        ["it"] = ["Ci dispiace. La preghiamo di contattarci tramite la messaggistica acquirente-venditore per risolvere.", "Grazie per il feedback, la sostituzione è in arrivo."],
        ["ja"] = ["ご不便をおかけし申し訳ございません。購入者・出品者間メッセージでご連絡ください。", "ご意見ありがとうございます。交換品を発送しました。"],
    };

    /// <summary>The rating order #ordinal's buyer gives if the order is delivered, or 0 for no feedback: no order needed.</summary>
    public int Rating(long ordinal)
    {
        var r = new DeterministicRandom(seed, FeedbackStream, ordinal);
        return Rating(ref r);
    }

    /// <summary>Whether order #ordinal is returned if it is a delivered FBA order: no order needed.</summary>
    public bool Returned(long ordinal)
    {
        var r = new DeterministicRandom(seed, ReturnStream, ordinal);
        return r.Chance(options.ReturnShare);
    }

    /// <summary>The order's seller feedback, if its buyer left some.</summary>
    public SellerFeedbackRow? Feedback(AmazonOrder order)
    {
        if (order.DeliveredAt is not { } delivered)
        {
            return null;
        }

        var r = new DeterministicRandom(seed, FeedbackStream, order.Ordinal);
        var rating = Rating(ref r);
        if (rating == 0)
        {
            return null;
        }

        var person = people.Get(order.BuyerIndex);
        var comment = SandboxText.Feedback(person.Language, rating, r.NextUInt64());
        var response = "";
        if (rating <= 3 && r.Chance(0.35))
        {
            var texts = Responses.GetValueOrDefault(order.Marketplace.Language) ?? Responses["en"];
            response = r.Pick(texts);
        }

        return new SellerFeedbackRow(delivered.AddHours(r.Next(12, 20 * 24)), rating, comment, response, order, buyers.Email(person, order.Marketplace));
    }

    /// <summary>The order's FBA return, if it has one.</summary>
    public CustomerReturnRow? Return(AmazonOrder order)
    {
        if (!order.FulfilledByAmazon || order.DeliveredAt is not { } delivered)
        {
            return null;
        }

        var r = new DeterministicRandom(seed, ReturnStream, order.Ordinal);
        if (!r.Chance(options.ReturnShare))
        {
            return null;
        }

        var person = people.Get(order.BuyerIndex);
        var line = r.Pick(order.Lines);
        var reason = r.Pick(Reasons);
        var comment = r.Chance(0.55) ? SandboxText.Feedback(person.Language, 2, r.NextUInt64()) : "";
        var plate = "LPN" + (r.NextUInt64() % 10_000_000_000UL).ToString("D10", System.Globalization.CultureInfo.InvariantCulture);
        return new CustomerReturnRow(delivered.AddHours(r.Next(48, 25 * 24)), order, line, r.Pick(Centers),
            reason == "DEFECTIVE" ? "DEFECTIVE" : r.Pick(Dispositions), reason, r.Pick(Statuses), plate, comment);
    }

    private int Rating(ref DeterministicRandom r)
    {
        if (!r.Chance(options.FeedbackShare))
        {
            return 0;
        }

        return r.Chance(options.CriticalFeedbackShare) ? r.Next(100) switch { < 40 => 1, < 65 => 2, _ => 3 } : r.Chance(0.7) ? 5 : 4;
    }
}
