using Connectors.PluginSdk.Pacing;
using Connectors.Abstractions;
using Connectors.Plugins.Zendesk.Pacing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Connectors.Plugins.Zendesk;

/// <summary>
/// The <c>zendesk</c> sink: actionable feedback becomes a Zendesk Support ticket on the right requester (subject and
/// body from Liquid templates, priority from the route, tags, a link back), customers become users.
/// </summary>
public sealed class ZendeskPlugin : IConnectorPlugin
{
    /// <summary>The plugin id used in the configuration's <c>plugin</c> field.</summary>
    public const string PluginId = "zendesk";

    /// <inheritdoc />
    public PluginManifest Manifest { get; } = new(
        PluginId,
        "Zendesk",
        typeof(ZendeskPlugin).Assembly.GetName().Version ?? new Version(1, 0, 0),
        PluginKind.Sink,
        PluginCapabilities.None,
        typeof(ZendeskOptions))
    {
        Description = "Pushes actionable feedback to Zendesk Support as tickets on the right requester (idempotent, rate-paced) and customers as users.",
    };

    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services)
    {
        // One request budget per Zendesk account for the whole host: every instance and token draws on the account's limit.
        services.TryAddSingleton<BudgetRegistry<RequestBudget>>();
    }

    /// <inheritdoc />
    public IConnector CreateConnector(IConnectorContext context)
    {
        var options = context.GetOptions<ZendeskOptions>();
        var budget = RequestBudget.Of(
            context.Services.GetRequiredService<BudgetRegistry<RequestBudget>>(), options.BaseAddress, options.RequestsPerMinute, context.TimeProvider);
        return new ZendeskSink(context, budget);
    }
}
