using Connectors.Sandbox.Framework.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Amazon.Api;

/// <summary>
/// Maps an SP-API operation behind the pipeline, once per regional endpoint: unprefixed (every marketplace) and under
/// <c>/na</c>, <c>/eu</c> and <c>/fe</c> (a client configured with a region's endpoint gets that region's marketplaces only).
/// </summary>
internal static class AmazonRoutes
{
    public static readonly string?[] Regions = [null, "na", "eu", "fe"];

    public static void Map(IEndpointRouteBuilder endpoints, AmazonEmulator amazon, string method, string pattern, string operation, Func<VendorExchange, VendorAnswer> handle, bool restrictedOnly = false)
    {
        foreach (var region in Regions)
        {
            var policy = new AmazonPolicy(amazon, operation, region, restrictedOnly);
            endpoints.MapMethods(region is null ? pattern : "/" + region + pattern, [method], VendorPipeline.Handler(amazon.Vendor, policy, handle))
                .WithDisplayName("amazon " + operation + (region is null ? "" : " (" + region + ")"));
        }
    }
}
