using System.Globalization;
using System.Text.RegularExpressions;
using Fluid;

namespace Connectors.Plugins.Zendesk.Templates;

/// <summary>
/// The connector's subject and body templates, parsed once per connector instance with its own
/// <see cref="FluidParser"/>, and rendered as plain text (Zendesk's <c>comment.body</c> is not HTML).
/// </summary>
internal sealed partial class TicketTemplates
{
    private readonly IFluidTemplate _subject;
    private readonly IFluidTemplate _body;
    private readonly TemplateOptions _options = new() { CultureInfo = CultureInfo.InvariantCulture, TimeZone = TimeZoneInfo.Utc };

    /// <exception cref="ArgumentException">A template does not parse (options validation reports this before).</exception>
    public TicketTemplates(string subject, string body)
    {
        var parser = new FluidParser();
        _subject = Parse(parser, subject, "subjectTemplate");
        _body = Parse(parser, body, "bodyTemplate");
    }

    /// <summary>One line, whitespace collapsed.</summary>
    public async ValueTask<string> SubjectAsync(TemplateModel model)
    {
        var text = await _subject.RenderAsync(Context(model), NullEncoder.Default);
        return Whitespace().Replace(text, " ").Trim();
    }

    /// <summary>Trailing spaces and runs of blank lines removed.</summary>
    public async ValueTask<string> BodyAsync(TemplateModel model)
    {
        var text = await _body.RenderAsync(Context(model), NullEncoder.Default);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd());
        return BlankLines().Replace(string.Join('\n', lines), "\n\n").Trim();
    }

    private TemplateContext Context(TemplateModel model)
    {
        var context = new TemplateContext(_options);
        context.SetValue("feedback", model.Feedback);
        context.SetValue("customer", model.Customer);
        context.SetValue("item", model.Item);
        return context;
    }

    private static IFluidTemplate Parse(FluidParser parser, string source, string name) =>
        parser.TryParse(source, out var template, out var error)
            ? template
            : throw new ArgumentException($"{name} is not a valid Liquid template: {error}", nameof(source));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();
}
