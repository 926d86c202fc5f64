namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>
/// What people ask through a shop's contact form, and the subjects they pick, in the markets' languages (de, en, pt).
/// Complaints and praise come from <see cref="Framework.SandboxText"/>; questions are the form's own.
/// </summary>
internal static class ContactPhrases
{
    private static readonly Dictionary<string, string[]> Questions = new(StringComparer.Ordinal)
    {
        ["de"] =
        [
            "Wann wird meine Bestellung verschickt?", "Kann ich meine Lieferadresse noch ändern?",
            "Gibt es den Artikel bald wieder in Größe L?", "Wie kann ich eine Rücksendung anmelden?",
            "Kann ich auch auf Rechnung bezahlen?",
        ],
        ["en"] =
        [
            "When will my order ship?", "Can I still change my delivery address?", "Will this be back in size L soon?",
            "How do I start a return?", "Do you ship to Canada?",
        ],
        ["pt"] =
        [
            "Quando meu pedido será enviado?", "Ainda posso mudar o endereço de entrega?", "Vai voltar no tamanho G?",
            "Como faço para devolver um produto?", "Posso parcelar no cartão?",
        ],
    };

    private static readonly Dictionary<string, string[]> Subjects = new(StringComparer.Ordinal)
    {
        ["de"] = ["Reklamation", "Frage zur Bestellung", "Lob"],
        ["en"] = ["Complaint", "Question about my order", "Feedback"],
        ["pt"] = ["Reclamação", "Dúvida sobre o pedido", "Elogio"],
    };

    /// <summary>A question in the language, English when the form has none in it.</summary>
    public static string Question(string language, ulong variant)
    {
        var pool = Questions.GetValueOrDefault(language) ?? Questions["en"];
        return pool[(int)(variant % (ulong)pool.Length)];
    }

    /// <summary>The subject of a complaint (0), a question (1) or praise (2).</summary>
    public static string Subject(string language, int topic) => (Subjects.GetValueOrDefault(language) ?? Subjects["en"])[topic];
}
