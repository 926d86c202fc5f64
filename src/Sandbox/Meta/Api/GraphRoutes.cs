using System.Text.RegularExpressions;
using Connectors.Sandbox.Framework.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Meta.Api;

/// <summary>Maps a Graph path under <c>/graph/{version}</c> behind the pipeline; a version other than <c>vN.0</c> (or <c>vN</c>) is refused.</summary>
internal static partial class GraphRoutes
{
    public static void Map(IEndpointRouteBuilder endpoints, MetaEmulator meta, string method, string pattern, Throttle kind, Func<VendorExchange, VendorAnswer> handle)
    {
        var policy = new MetaPolicy(meta, kind);
        endpoints.MapMethods(MetaDefaults.GraphPrefix + "/{version}" + pattern, [method], VendorPipeline.Handler(meta.Vendor, policy, x =>
            Version().IsMatch(x.Route("version")) ? handle(x) : GraphErrors.UnknownVersion(x.Route("version"), meta.NextTraceId())))
            .WithDisplayName("meta " + method + " " + pattern);
    }

    [GeneratedRegex(@"^v\d{1,2}(\.0)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Version();
}
