namespace Connectors.Sandbox.Meta.Data;

/// <summary>
/// What people ask a brand in a chat, the brand's replies and its quick-reply buttons, per language (complaints,
/// praise and neutral remarks come from the sandbox's shared text pools).
/// </summary>
internal static class MetaTexts
{
    private static readonly Dictionary<string, ChatPhrases> ByLanguage = new(StringComparer.Ordinal)
    {
        ["en"] = new(
            ["Hi, where is my order? The tracking hasn't moved for days.", "Do you ship to Canada?", "Can I still change the size on my order?", "Is the blue one back in stock soon?"],
            ["Thanks for your message! Could you send us your order number?", "Sorry about that, we're looking into it right now.", "Happy to help! Anything else?"],
            ["Track my order", "Talk to a person"]),
        ["de"] = new(
            ["Hallo, wo bleibt meine Bestellung? Die Sendungsverfolgung steht seit Tagen still.", "Liefert ihr auch in die Schweiz?", "Kann ich die Größe meiner Bestellung noch ändern?", "Gibt es das blaue Modell bald wieder?"],
            ["Danke für deine Nachricht! Kannst du uns die Bestellnummer schicken?", "Das tut uns leid, wir kümmern uns sofort darum.", "Gern geschehen! Können wir sonst noch helfen?"],
            ["Bestellung verfolgen", "Mit einer Person sprechen"]),
        ["fr"] = new(
            ["Bonjour, où en est ma commande ? Le suivi ne bouge plus depuis des jours.", "Livrez-vous en Belgique ?", "Puis-je encore changer la taille de ma commande ?", "Le modèle bleu revient-il bientôt en stock ?"],
            ["Merci pour votre message ! Pouvez-vous nous envoyer votre numéro de commande ?", "Désolés, nous regardons cela tout de suite.", "Avec plaisir ! Autre chose ?"],
            ["Suivre ma commande", "Parler à un conseiller"]),
        ["es"] = new(
            ["Hola, ¿dónde está mi pedido? El seguimiento no se mueve desde hace días.", "¿Hacéis envíos a Portugal?", "¿Puedo cambiar todavía la talla de mi pedido?", "¿Vuelve pronto el modelo azul?"],
            ["¡Gracias por tu mensaje! ¿Nos envías el número de pedido?", "Lo sentimos, lo estamos revisando ahora mismo.", "¡Con gusto! ¿Algo más?"],
            ["Seguir mi pedido", "Hablar con una persona"]),
        ["it"] = new(
            ["Ciao, dov'è il mio ordine? Il tracciamento è fermo da giorni.", "Spedite anche in Svizzera?", "Posso ancora cambiare la taglia del mio ordine?", "Il modello blu torna presto disponibile?"],
            ["Grazie per il messaggio! Ci mandi il numero d'ordine?", "Ci dispiace, stiamo verificando subito.", "Volentieri! Serve altro?"],
            ["Traccia il mio ordine", "Parla con una persona"]),
        ["nl"] = new(
            ["Hoi, waar blijft mijn bestelling? De track & trace staat al dagen stil.", "Leveren jullie ook in België?", "Kan ik de maat van mijn bestelling nog aanpassen?", "Komt het blauwe model snel terug?"],
            ["Bedankt voor je bericht! Kun je ons je bestelnummer sturen?", "Sorry daarvoor, we zoeken het meteen uit.", "Graag gedaan! Kunnen we nog iets doen?"],
            ["Bestelling volgen", "Met een medewerker praten"]),
        ["pt"] = new(
            ["Oi, cadê meu pedido? O rastreio não atualiza há dias.", "Vocês entregam em Portugal?", "Ainda consigo trocar o tamanho do meu pedido?", "O modelo azul volta logo ao estoque?"],
            ["Obrigado pela mensagem! Pode enviar o número do pedido?", "Sentimos muito, já estamos verificando.", "Por nada! Mais alguma coisa?"],
            ["Rastrear meu pedido", "Falar com um atendente"]),
        ["pl"] = new(
            ["Dzień dobry, gdzie jest moje zamówienie? Śledzenie stoi od kilku dni.", "Czy wysyłacie do Niemiec?", "Czy mogę jeszcze zmienić rozmiar w zamówieniu?", "Czy niebieski model wróci wkrótce?"],
            ["Dziękujemy za wiadomość! Prosimy o numer zamówienia.", "Przepraszamy, już to sprawdzamy.", "Nie ma za co! Czy możemy jeszcze w czymś pomóc?"],
            ["Śledź zamówienie", "Rozmowa z konsultantem"]),
        ["ja"] = new(
            ["注文した商品はいつ届きますか？追跡情報が数日更新されていません。", "海外発送はしていますか？", "注文のサイズを変更できますか？", "青色はいつ再入荷しますか？"],
            ["お問い合わせありがとうございます。注文番号を教えていただけますか？", "ご迷惑をおかけして申し訳ありません。すぐに確認いたします。", "どういたしまして。他にご質問はありますか？"],
            ["注文を追跡", "担当者と話す"]),
    };

    /// <summary>Payloads of the two quick-reply buttons, in the order of <see cref="ChatPhrases.QuickReplies"/>.</summary>
    public static readonly string[] QuickReplyPayloads = ["ORDER_STATUS", "TALK_TO_AGENT"];

    public static ChatPhrases For(string language) => ByLanguage.TryGetValue(language, out var phrases) ? phrases : ByLanguage["en"];
}

/// <summary>The chat phrases of one language.</summary>
internal sealed record ChatPhrases(string[] Questions, string[] BrandReplies, string[] QuickReplies);
