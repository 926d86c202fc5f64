using Fluid;

namespace Connectors.Plugins.Webhook.Templates;

/// <summary>One connector instance's <c>bodyTemplate</c>, parsed once with its own parser and rendered per item, unencoded (the output is JSON).</summary>
internal sealed class BodyTemplate
{
    private readonly IFluidTemplate _template;
    private readonly TemplateOptions _options = LiquidSetup.NewOptions();

    /// <exception cref="ArgumentException">The template does not parse (options validation reports this before).</exception>
    public BodyTemplate(string source) =>
        _template = LiquidSetup.TryParse(new FluidParser(), source, out var error)
            ?? throw new ArgumentException($"bodyTemplate is not a valid Liquid template: {error}", nameof(source));

    public ValueTask<string> RenderAsync(TemplateModel model) =>
        _template.RenderAsync(LiquidSetup.Context(model, _options), NullEncoder.Default);
}
