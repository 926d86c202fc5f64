using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Connectors.Abstractions;
using Fluid;
using Fluid.Values;

namespace Connectors.Host.Routing.Templates;

/// <summary>
/// A route's (or alert's) Liquid file, parsed once, rendered as plain text. What the template assigns to
/// <c>subject</c> (<c>{% assign subject = ... %}</c> or <c>{% capture subject %}</c>) becomes the subject; its output the body.
/// </summary>
public sealed partial class RouteTemplate
{
    private static readonly FluidParser Parser = new();
    private readonly IFluidTemplate _template;
    private readonly TemplateOptions _options = new() { CultureInfo = CultureInfo.InvariantCulture, TimeZone = TimeZoneInfo.Utc };

    private RouteTemplate(string file, IFluidTemplate template)
    {
        File = file;
        _template = template;
    }

    /// <summary>The template's file.</summary>
    public string File { get; }

    /// <summary>
    /// Parses a template file and checks every variable it reads against <paramref name="sample"/>; <c>null</c> and the
    /// errors (each <c>file:line:column: what</c>) when it does not parse or reads a variable the model does not have.
    /// </summary>
    public static RouteTemplate? Load(string file, IReadOnlyDictionary<string, object?> sample, List<string> errors)
    {
        var source = System.IO.File.ReadAllText(file);
        if (!Parser.TryParse(source, out var template, out var error))
        {
            var at = Position().Match(error);
            errors.Add(at.Success
                ? $"{file}:{at.Groups["line"].Value}:{at.Groups["column"].Value}: {error.Split('\n', 2)[0].Replace(at.Value, "", StringComparison.Ordinal).Trim()}"
                : $"{file}: {error.Split('\n', 2)[0]}");
            return null;
        }

        var before = errors.Count;
        foreach (var (path, known) in TemplateVariables.Unknown(template, sample))
        {
            var (line, column) = Locate(source, path);
            errors.Add($"{file}:{line}:{column}: unknown variable '{path}'; {known}");
        }

        return errors.Count > before ? null : new RouteTemplate(file, template);
    }

    /// <summary>Renders the template with <paramref name="model"/>'s variables.</summary>
    public async ValueTask<RenderedContent> RenderAsync(IReadOnlyDictionary<string, object?> model)
    {
        string? subject = null;
        var context = new TemplateContext(_options);
        foreach (var (name, value) in model)
        {
            context.SetValue(name, value);
        }

        context.Assigned = (name, value, _) =>
        {
            if (name == "subject")
            {
                subject = value.ToStringValue();
            }

            return new ValueTask<FluidValue>(value);
        };
        context.Captured = (name, value, _) =>
        {
            if (name == "subject")
            {
                subject = value.ToStringValue();
            }

            return new ValueTask<FluidValue>(value);
        };
        var body = await _template.RenderAsync(context, NullEncoder.Default);
        var lines = body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd());
        return new RenderedContent(
            subject is null ? null : Whitespace().Replace(subject, " ").Trim(),
            BlankLines().Replace(string.Join('\n', lines), "\n\n").Trim());
    }

    /// <summary>Where <paramref name="path"/> first appears in the source (its root when the whole path does not).</summary>
    private static (int Line, int Column) Locate(string source, string path)
    {
        var index = source.IndexOf(path, StringComparison.Ordinal);
        if (index < 0)
        {
            index = Math.Max(0, source.IndexOf(path.Split('.')[0], StringComparison.Ordinal));
        }

        var line = 1 + source.AsSpan(0, index).Count('\n');
        var column = index - (source.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;
        return (line, index == 0 ? 1 : column);
    }

    [GeneratedRegex(@"\((?<line>\d+):(?<column>\d+)\)")]
    private static partial Regex Position();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();
}
