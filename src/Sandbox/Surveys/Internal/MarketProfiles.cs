using static Connectors.Sandbox.Surveys.Internal.ExportField;

namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>
/// The three markets: Germany, the United States and Brazil. Typeform headers carry the survey's questions in the
/// market's language; Delighted writes English headers everywhere; each contact form is the shop's own, localised,
/// and the German and Brazilian ones are saved from a spreadsheet (semicolons, a byte order mark, CRLF).
/// </summary>
internal static class MarketProfiles
{
    public static IReadOnlyList<MarketProfile> All { get; } =
    [
        new("de", "DE", "de",
            Typeform("de",
                "Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen empfehlen?",
                "Was ist der wichtigste Grund für Ihre Bewertung?", "Ihr Name", "Ihre E-Mail-Adresse", "Ihre Handynummer"),
            Delighted("de", TimeStyle.IsoUtc),
            Contact("de", "kontaktformular-de.csv", ';', spreadsheet: true,
                ["Anfrage-Nr.", "Eingegangen", "Name", "E-Mail", "Telefon", "Betreff", "Nachricht"])),
        new("us", "US", "en",
            Typeform("us",
                "How likely are you to recommend us to a friend or colleague?",
                "What is the main reason for your score?", "Your name", "Your email", "Your phone number"),
            Delighted("us", TimeStyle.IsoUtc),
            Contact("us", "contact-form-us.csv", ',', spreadsheet: false,
                ["Submission ID", "Submitted", "Name", "Email", "Phone", "Subject", "Message"])),
        new("br", "BR", "pt",
            Typeform("br",
                "Qual a probabilidade de você nos recomendar a um amigo ou colega?",
                "Qual é o principal motivo da sua nota?", "Seu nome", "Seu e-mail", "Seu celular"),

            // Brazil has kept UTC-3 all year since 2019, so a fixed offset is the account's true local time.
            Delighted("br", TimeStyle.IsoWithOffset(TimeSpan.FromHours(-3))),
            Contact("br", "formulario-contato-br.csv", ';', spreadsheet: true,
                ["Protocolo", "Recebido em", "Nome", "E-mail", "Telefone", "Assunto", "Mensagem"])),
    ];

    public static MarketProfile Get(string code) => All.First(m => m.Code == code);

    private static ExportLayout Typeform(string market, string score, string comment, string name, string email, string phone) => new(
        ExportKind.Nps, $"nps-{market}", $"{market}/nps", $"typeform-nps-{market}.csv", ',', false, "\n", TimeStyle.TypeformUtc,
        [
            new("#", ResponseId), new(score, Score), new(comment, Comment), new(name, Name), new(email, Email), new(phone, Phone),
            new("order_id", OrderId), new("Start Date (UTC)", StartedAt), new("Submit Date (UTC)", SubmittedAt), new("Network ID", NetworkId),
        ]);

    private static ExportLayout Delighted(string market, TimeStyle times) => new(
        ExportKind.Csat, $"csat-{market}", $"{market}/csat", $"delighted-csat-{market}.csv", ',', false, "\n", times,
        [
            new("Response ID", ResponseId), new("Created", SubmittedAt), new("Score", Score), new("Comment", Comment),
            new("Name", Name), new("Email", Email), new("Phone number", Phone), new("Channel", DeliveryChannel), new("Order ID", OrderId),
        ]);

    private static ExportLayout Contact(string market, string file, char delimiter, bool spreadsheet, string[] headers) => new(
        ExportKind.Contact, $"contact-{market}", $"{market}/contact", file, delimiter, spreadsheet, spreadsheet ? "\r\n" : "\n",
        TimeStyle.MinutesUtc,
        [
            new(headers[0], ResponseId), new(headers[1], SubmittedAt), new(headers[2], Name), new(headers[3], Email),
            new(headers[4], Phone), new(headers[5], Subject), new(headers[6], Comment),
        ]);
}
