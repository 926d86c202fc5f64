using System.Security.Cryptography;
using System.Text;

namespace Connectors.PluginSdk.Pacing;

/// <summary>
/// Names the account a budget belongs to: what the vendor counts requests by (an endpoint, a shop, an app's token).
/// A token is kept only as a SHA-256 hash, so a registry never holds it readable (in a memory dump or a debugger).
/// </summary>
public readonly record struct BudgetKey
{
    private BudgetKey(string value) => Value = value;

    /// <summary>The key's text: the account in lower case, then the token's hash when there is one.</summary>
    public string Value { get; }

    /// <summary>An account named by <paramref name="account"/> (a shop domain, a tenant), ignoring case.</summary>
    /// <param name="account">The account's name.</param>
    /// <param name="token">The credential the vendor counts by, when it counts per token; hashed.</param>
    public static BudgetKey ForAccount(string account, string? token = null) => new(account.Trim().ToLowerInvariant() + Hash(token));

    /// <summary>
    /// The account at <paramref name="endpoint"/>: its scheme, host and port, ignoring case, and with
    /// <paramref name="withPath"/> its path too, which keeps its case (a webhook URL's path is often its secret).
    /// </summary>
    /// <param name="endpoint">An absolute URL.</param>
    /// <param name="token">The credential the vendor counts by, when it counts per token; hashed.</param>
    /// <param name="withPath">Whether each path is an account of its own.</param>
    public static BudgetKey ForEndpoint(Uri endpoint, string? token = null, bool withPath = false) =>
        new(endpoint.GetLeftPart(UriPartial.Authority).ToLowerInvariant() + (withPath ? endpoint.PathAndQuery.TrimEnd('/') : "") + Hash(token));

    /// <inheritdoc />
    public override string ToString() => Value;

    private static string Hash(string? token) =>
        string.IsNullOrEmpty(token) ? "" : "|" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
