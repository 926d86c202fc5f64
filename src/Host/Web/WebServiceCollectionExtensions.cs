using Connectors.Host.Web;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The web feature's services: the webhook receiver behind <c>POST /webhooks/{connector}</c>.</summary>
public static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddConnectorWeb(this IServiceCollection services) => services.AddSingleton<WebhookReceiver>();
}
