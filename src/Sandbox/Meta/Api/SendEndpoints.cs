using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Meta.Api;

/// <summary><c>POST /{id}/messages</c>: the Send API for the Page and the Instagram account, the Cloud API for the WhatsApp number.</summary>
internal static class SendEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints, MetaEmulator meta) =>
        GraphRoutes.Map(endpoints, meta, "POST", "/{id}/messages", Throttle.MessengerSend, x => x.Route("id") switch
        {
            MetaDefaults.PhoneNumberId => WhatsAppSendEndpoint.Send(x, meta),
            MetaDefaults.PageId or MetaDefaults.InstagramAccountId => MessengerSendEndpoint.Send(x, meta),
            var id => GraphErrors.NoSuchObject(id, meta.NextTraceId()),
        });
}
