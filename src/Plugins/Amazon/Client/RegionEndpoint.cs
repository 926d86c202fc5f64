namespace Connectors.Plugins.Amazon.Client;

/// <summary>Where a region's SP-API calls go: Amazon's regional host, or the endpoint override's region path (the sandbox's layout).</summary>
internal static class RegionEndpoint
{
    /// <summary>
    /// The SP-API base URL of <paramref name="region"/>: Amazon's host (<c>https://sellingpartnerapi-eu.amazon.com/</c>), or,
    /// with an endpoint override such as the sandbox, <c>{endpoint}/{region}/</c>.
    /// </summary>
    public static Uri For(string region, Uri? endpoint) => endpoint is null
        ? new Uri($"https://sellingpartnerapi-{region}.amazon.com/")
        : new Uri(new Uri(endpoint.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/"), region + "/");
}
