using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Fluid;

namespace Connectors.Plugins.Webhook.Templates;

/// <summary>How body templates are parsed and rendered, the same at validation and at delivery.</summary>
internal static class LiquidSetup
{
    // Building a parser is costly; validation shares one (parsing is thread-safe), each sink instance has its own.
    private static readonly Lazy<FluidParser> SharedParser = new(() => new FluidParser());

    /// <summary>The parser validation uses.</summary>
    public static FluidParser Shared => SharedParser.Value;

    /// <summary>
    /// Invariant culture and UTC, so numbers and dates read the same on every machine; the <c>json</c> filter keeps
    /// non-ASCII text as UTF-8 (bodies go to machines over HTTP, never into HTML).
    /// </summary>
    public static TemplateOptions NewOptions() => new()
    {
        CultureInfo = CultureInfo.InvariantCulture,
        TimeZone = TimeZoneInfo.Utc,
        JsonSerializerOptions = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping },
    };

    /// <summary>The template, or the parser's message (its first line: the rest repeats the source).</summary>
    public static IFluidTemplate? TryParse(FluidParser parser, string source, out string error)
    {
        if (parser.TryParse(source, out var template, out var message))
        {
            error = "";
            return template;
        }

        error = message.Split('\n', 2)[0].Trim();
        return null;
    }

    /// <summary>A context holding the model's variables.</summary>
    public static TemplateContext Context(TemplateModel model, TemplateOptions options)
    {
        var context = new TemplateContext(options);
        foreach (var (name, value) in model.Values)
        {
            context.SetValue(name, value);
        }

        return context;
    }
}
