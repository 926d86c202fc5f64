using Fluid;

namespace Connectors.Plugins.Zendesk.Templates;

/// <summary>Checks template syntax for option validation, with one parser shared by every check (building one is costly).</summary>
internal static class LiquidSyntax
{
    private static readonly Lazy<FluidParser> Parser = new(() => new FluidParser());

    /// <summary>The parser's error message (its first line: the rest repeats the source), or null when the template parses.</summary>
    public static string? Check(string template) =>
        Parser.Value.TryParse(template, out _, out var error) ? null : error.Split('\n', 2)[0].Trim();
}
