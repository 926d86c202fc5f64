namespace Connectors.Sandbox.Trustpilot.Data;

/// <summary>How the business answers reviews, per language: an apology for bad ones, thanks for the rest.</summary>
internal static class ReplyPhrases
{
    private static readonly Dictionary<string, (string[] Sorry, string[] Thanks)> ByLanguage = new(StringComparer.Ordinal)
    {
        ["en"] = (["We're sorry to hear this. Please contact our support team with your order number so we can put it right.", "Thank you for your feedback, and apologies for the trouble. We have passed this on to our team."],
                  ["Thank you so much for your kind review!", "Thanks for shopping with us, we're glad you're happy."]),
        ["de"] = (["Das tut uns leid. Bitte schreiben Sie unserem Kundenservice mit Ihrer Bestellnummer, wir kümmern uns darum.", "Danke für Ihr Feedback und Entschuldigung für die Umstände."],
                  ["Vielen Dank für Ihre tolle Bewertung!", "Danke für Ihren Einkauf, schön dass Sie zufrieden sind."]),
        ["fr"] = (["Nous sommes désolés. Contactez notre service client avec votre numéro de commande, nous allons arranger cela.", "Merci pour votre retour et toutes nos excuses pour ce désagrément."],
                  ["Merci beaucoup pour votre avis !", "Merci pour votre commande, ravis que vous soyez satisfaite."]),
        ["es"] = (["Lamentamos lo ocurrido. Escríbenos con tu número de pedido y lo solucionamos.", "Gracias por tu opinión y disculpa las molestias."],
                  ["¡Muchas gracias por tu reseña!", "Gracias por tu compra, nos alegra que estés contenta."]),
        ["it"] = (["Ci dispiace molto. Scrivi al nostro servizio clienti con il numero d'ordine e risolveremo.", "Grazie per il feedback e scusa per il disagio."],
                  ["Grazie mille per la tua recensione!", "Grazie per l'acquisto, siamo felici che tu sia soddisfatto."]),
        ["nl"] = (["Wat vervelend. Neem contact op met onze klantenservice met je bestelnummer, dan lossen we het op.", "Bedankt voor je feedback en excuses voor het ongemak."],
                  ["Heel erg bedankt voor je review!", "Bedankt voor je bestelling, fijn dat je tevreden bent."]),
        ["pt"] = (["Sentimos muito. Fale com nosso atendimento com o número do pedido para resolvermos.", "Obrigado pelo retorno e desculpe o transtorno."],
                  ["Muito obrigado pela avaliação!", "Obrigado pela compra, ficamos felizes que gostou."]),
        ["pl"] = (["Przykro nam. Prosimy o kontakt z obsługą klienta z numerem zamówienia, rozwiążemy problem.", "Dziękujemy za opinię i przepraszamy za kłopot."],
                  ["Bardzo dziękujemy za opinię!", "Dziękujemy za zakupy, cieszymy się, że jesteś zadowolony."]),
        ["ja"] = (["ご迷惑をおかけして申し訳ございません。注文番号を添えてサポートまでご連絡ください。", "ご意見ありがとうございます。ご不便をおかけしました。"],
                  ["素敵なレビューをありがとうございます！", "ご購入ありがとうございます。ご満足いただけて嬉しいです。"]),
    };

    public static string For(string language, int stars, ulong variant)
    {
        var (sorry, thanks) = ByLanguage.TryGetValue(language, out var pools) ? pools : ByLanguage["en"];
        var pool = stars <= 3 ? sorry : thanks;
        return pool[(int)(variant % (ulong)pool.Length)];
    }
}
