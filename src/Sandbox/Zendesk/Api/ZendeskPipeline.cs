using Connectors.Sandbox.Framework.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Zendesk.Api;

/// <summary>Maps Zendesk's endpoints behind the framework pipeline, worded by <see cref="ZendeskPolicy"/>.</summary>
internal static class ZendeskPipeline
{
    /// <summary>Maps <paramref name="pattern"/> and its <c>.json</c> twin (Zendesk accepts both).</summary>
    public static void Map(IEndpointRouteBuilder endpoints, string method, string pattern, ZendeskEmulator zendesk, bool ticketing, Func<ZendeskRequest, ZendeskAnswer> handle)
    {
        var run = VendorPipeline.Handler(zendesk.Vendor, ticketing ? zendesk.TicketingPolicy : zendesk.Policy, exchange =>
        {
            var answer = handle(new ZendeskRequest(exchange.Http, exchange.Body, zendesk.Store.AgentId));
            return ZendeskPolicy.ToVendor(answer);
        });
        endpoints.MapMethods(pattern, [method], run);
        // An unconstrained trailing {id} already matches "abc.json"; the endpoint strips the suffix.
        if (!pattern.EndsWith("{id}", StringComparison.Ordinal))
        {
            endpoints.MapMethods(pattern + ".json", [method], run);
        }
    }
}
