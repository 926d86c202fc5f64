using Connectors.PluginSdk.Pacing;
using Connectors.Abstractions;
using Connectors.Plugins.Webhook.Pacing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Connectors.Plugins.Webhook;

/// <summary>
/// The <c>webhook</c> sink: alerts, feedback and customers posted to any HTTP endpoint as signed JSON (a documented
/// envelope or a Liquid template's output), or as Slack and Microsoft Teams incoming-webhook messages.
/// </summary>
public sealed class WebhookPlugin : IConnectorPlugin
{
    /// <summary>The plugin id used in the configuration's <c>plugin</c> field.</summary>
    public const string PluginId = "webhook";

    /// <inheritdoc />
    public PluginManifest Manifest { get; } = new(
        PluginId,
        "Webhook",
        typeof(WebhookPlugin).Assembly.GetName().Version ?? new Version(1, 0, 0),
        PluginKind.Sink,
        PluginCapabilities.Alerts,
        typeof(WebhookOptions))
    {
        Description = "Posts alerts, feedback and customers to an HTTP endpoint, one POST per item: an HMAC-signed JSON envelope, a Slack or Teams message, or a Liquid template.",
    };

    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services)
    {
        // One posting budget per receiver URL for the whole host: Slack and Teams count per webhook URL.
        services.TryAddSingleton<BudgetRegistry<RequestPacer>>();
    }

    /// <inheritdoc />
    public IConnector CreateConnector(IConnectorContext context)
    {
        var options = context.GetOptions<WebhookOptions>();
        var url = options.Url ?? throw new InvalidOperationException($"Connector '{context.ConnectorName}' has no url; options validation should have refused it.");
        var pacer = RequestPacer.Of(context.Services.GetRequiredService<BudgetRegistry<RequestPacer>>(), url, options.RequestsPerMinute, context.TimeProvider);
        return new WebhookSink(context, pacer);
    }
}
