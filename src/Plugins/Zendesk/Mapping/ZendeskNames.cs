using System.Text.RegularExpressions;

namespace Connectors.Plugins.Zendesk.Mapping;

/// <summary>Shapes of Zendesk names the options accept.</summary>
internal static partial class ZendeskNames
{
    /// <summary>True for a bare subdomain such as <c>acme</c> or <c>acme-eu</c>.</summary>
    public static bool IsSubdomain(string value) => SubdomainPattern().IsMatch(value);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex SubdomainPattern();
}
