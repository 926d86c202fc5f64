namespace Connectors.Plugins.Amazon.Client;

/// <summary>
/// Checks of base URLs taken from options (no secrets or queries in them, http(s) only), kept apart so any plugin can
/// use them; and the SP-API endpoint of a region.
/// </summary>
internal static class EndpointRules
{
    /// <summary>Why <paramref name="uri"/> cannot be a base URL, or null when it can.</summary>
    public static string? Problem(Uri uri)
    {
        if (!uri.IsAbsoluteUri || uri.Scheme is not ("http" or "https"))
        {
            return $"must be an absolute http(s) URL such as \"http://127.0.0.1:5080\"; was \"{uri.OriginalString}\"";
        }

        if (uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            return $"must have no query or fragment; was \"{uri.OriginalString}\"";
        }

        return uri.UserInfo.Length > 0
            ? "must not carry credentials (user:password@); give secrets in their own options"
            : null;
    }

    /// <summary>
    /// The SP-API base URL of <paramref name="region"/>: Amazon's host (<c>https://sellingpartnerapi-eu.amazon.com/</c>), or,
    /// with an endpoint override such as the sandbox, <c>{endpoint}/{region}/</c>.
    /// </summary>
    public static Uri ForRegion(string region, Uri? endpoint) => endpoint is null
        ? new Uri($"https://sellingpartnerapi-{region}.amazon.com/")
        : new Uri(new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/"), region + "/");
}
