using Connectors.Abstractions;
#if (!isSource)
using Connectors.PluginSdk.Pacing;
using ContosoConnector.Pacing;
using Microsoft.Extensions.DependencyInjection.Extensions;
#endif
using Microsoft.Extensions.DependencyInjection;

namespace ContosoConnector;

/// <summary>The plugin's one entry class: the host creates it with its parameterless constructor.</summary>
public sealed class ContosoConnectorPlugin : IConnectorPlugin
{
    /// <inheritdoc />
    public PluginManifest Manifest { get; } = new(
        "contosoconnector",
        "ContosoConnector",
        typeof(ContosoConnectorPlugin).Assembly.GetName().Version ?? new Version(1, 0, 0),
#if (isSource)
        PluginKind.Source,
        PluginCapabilities.Incremental,
#else
        PluginKind.Sink,
        PluginCapabilities.None,
#endif
        typeof(ContosoConnectorOptions))
    {
#if (isSource)
        Description = "Reads reviews from the ContosoConnector API, resuming where the last run stopped.",
        Streams = [ContosoConnectorSource.Stream],
#else
        Description = "Pushes feedback to the ContosoConnector API as tickets, one per item, idempotently.",
#endif
    };

    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services)
    {
#if (isSource)
        // Register what every instance shares (rate budgets, caches) here; never build a service provider.
#else
        // One pacer per account for the whole host: every instance pushing to the same account shares the API's 429s.
        services.TryAddSingleton<BudgetRegistry<ContosoConnectorPacer>>();
#endif
    }

    /// <inheritdoc />
#if (isSource)
    public IConnector CreateConnector(IConnectorContext context) => new ContosoConnectorSource(context);
#else
    public IConnector CreateConnector(IConnectorContext context)
    {
        var options = context.GetOptions<ContosoConnectorOptions>();
        var pacer = context.Services.GetRequiredService<BudgetRegistry<ContosoConnectorPacer>>()
            .Get(BudgetKey.ForEndpoint(options.Endpoint!), () => new ContosoConnectorPacer());
        return new ContosoConnectorSink(context, pacer);
    }
#endif
}
