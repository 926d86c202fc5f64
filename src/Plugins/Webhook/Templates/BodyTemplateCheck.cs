using Connectors.Plugins.Webhook.Formats;
using Fluid;

namespace Connectors.Plugins.Webhook.Templates;

/// <summary>
/// Checks a <c>bodyTemplate</c> for option validation: it must parse, and it must render JSON for at least one of a
/// sample alert, feedback and customer item. The samples' texts hold quotes and line breaks, so the usual mistake,
/// text put into the JSON without the <c>json</c> filter, is reported at <c>validate</c> instead of failing items later.
/// </summary>
internal static class BodyTemplateCheck
{
    private static readonly TemplateOptions Options = LiquidSetup.NewOptions();

    /// <summary>What is wrong with the template, or null when it is usable.</summary>
    public static string? Problem(string source)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return "must not be empty; leave it out to use format";
        }

        if (LiquidSetup.TryParse(LiquidSetup.Shared, source, out var syntax) is not { } template)
        {
            return $"is not a valid Liquid template: {syntax}";
        }

        var problems = new List<string>();
        foreach (var sample in TemplateSamples.All())
        {
            string output;
            try
            {
                output = template.Render(LiquidSetup.Context(TemplateModel.For(sample), Options), NullEncoder.Default);
            }
#pragma warning disable CA1031 // Whatever the template trips over is reported as the option's problem.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                return $"fails to render a sample {sample.Kind} item: {ex.Message}";
            }

            if (WebhookJson.Problem(output) is not { } problem)
            {
                return null;
            }

            problems.Add($"{sample.Kind}: {problem}");
        }

        return $"must render JSON, but renders text that is not JSON for a sample alert, feedback and customer item ({problems[0]}); " +
            "write values with the json filter, which quotes and escapes them, as in {\"text\": {{ text | json }}}";
    }
}
