using Connectors.Host.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Connectors.Host;

/// <summary>The composition root: a generic host made of the feature extensions a command asks for.</summary>
public static class ConnectorsHost
{
    public static IHost Build(HostSetup setup, HostFeatures features)
    {
        // Scheduling and the web endpoints drive the pipeline, so they bring it along.
        if ((features & (HostFeatures.Scheduling | HostFeatures.Web)) != 0)
        {
            features |= HostFeatures.Pipeline;
        }

        if (!features.HasFlag(HostFeatures.Web))
        {
            var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
            {
                DisableDefaults = true,
                ContentRootPath = setup.Config.Source.ContentRoot,
            });
            Compose(builder.Services, builder.Logging, setup, features);
            return builder.Build();
        }

        var web = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = setup.Config.Source.ContentRoot, Args = [] });
        web.WebHost.UseUrls(setup.Config.Source.Web.Urls);
        web.Logging.ClearProviders();
        Compose(web.Services, web.Logging, setup, features);
        var app = web.Build();
        if (setup.Config.WebApiKey is { Length: > 0 } apiKey)
        {
            app.UseMiddleware<ApiKeyMiddleware>(apiKey);
        }

        app.MapConnectorEndpoints();
        return app;
    }

    private static void Compose(IServiceCollection services, ILoggingBuilder logging, HostSetup setup, HostFeatures features)
    {
        services.AddConnectorsCore(setup, logging);
        services.AddConnectorStore(setup.Config);
        services.AddConnectorMetrics();
        if (features.HasFlag(HostFeatures.Pipeline))
        {
            services.AddConnectorPipeline(setup.Config);
        }

        if (features.HasFlag(HostFeatures.Scheduling))
        {
            services.AddConnectorScheduling();
        }

        if (features.HasFlag(HostFeatures.Web))
        {
            services.AddConnectorWeb();
        }
    }
}
