namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>A market of the brand: its country (the region hint of local phone numbers), language and three exports.</summary>
internal sealed record MarketProfile(string Code, string CountryCode, string Language, ExportLayout Nps, ExportLayout Csat, ExportLayout Contact)
{
    /// <summary>The exports in the order they are written and configured.</summary>
    public IReadOnlyList<ExportLayout> Exports => [Nps, Csat, Contact];

    public ExportLayout Export(ExportKind kind) => kind switch
    {
        ExportKind.Nps => Nps,
        ExportKind.Csat => Csat,
        _ => Contact,
    };
}
