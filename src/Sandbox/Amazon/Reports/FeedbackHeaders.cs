namespace Connectors.Sandbox.Amazon.Reports;

/// <summary>
/// The six columns of GET_SELLER_FEEDBACK_DATA in each marketplace's language, always in this order: date, rating,
/// comments, response, order id, rater email (sources.md). The exact wording per marketplace is the sandbox's; clients
/// should read the columns by position.
/// </summary>
internal static class FeedbackHeaders
{
    private static readonly Dictionary<string, string[]> ByLanguage = new(StringComparer.Ordinal)
    {
        ["en"] = ["Date", "Rating", "Comments", "Your Response", "Order ID", "Rater Email"],
        ["de"] = ["Datum", "Bewertung", "Kommentare", "Ihre Antwort", "Bestellnummer", "E-Mail-Adresse des Bewerters"],
        ["fr"] = ["Date", "Évaluation", "Commentaires", "Votre réponse", "Numéro de commande", "Adresse e-mail de l'évaluateur"],
        ["it"] = ["Data", "Valutazione", "Commenti", "La tua risposta", "Numero ordine", "Indirizzo e-mail del valutatore"],
        ["es"] = ["Fecha", "Valoración", "Comentarios", "Tu respuesta", "Número de pedido", "Correo electrónico del evaluador"],
        ["sv"] = ["Datum", "Betyg", "Kommentarer", "Ditt svar", "Beställnings-id", "Bedömarens e-postadress"],
        ["ja"] = ["日付", "評価", "コメント", "返信", "注文番号", "評価者のEメールアドレス"],
    };

    public static IReadOnlyList<string> For(string language) => ByLanguage.GetValueOrDefault(language) ?? ByLanguage["en"];

    /// <summary>The columns of GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA (the same in every marketplace).</summary>
    public static IReadOnlyList<string> Returns { get; } =
    [
        "return-date", "order-id", "sku", "asin", "fnsku", "product-name", "quantity", "fulfillment-center-id",
        "detailed-disposition", "reason", "status", "license-plate-number", "customer-comments",
    ];
}
