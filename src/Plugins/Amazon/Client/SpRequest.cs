namespace Connectors.Plugins.Amazon.Client;

/// <summary>One SP-API call: its operation (the usage plan it draws on), region, method, path with query, and body.</summary>
/// <param name="Operation">The operation's name in Amazon's models, such as <c>getOrders</c>.</param>
/// <param name="Region"><c>na</c>, <c>eu</c> or <c>fe</c>.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="PathAndQuery">The path from the API root, with its query, such as <c>orders/v0/orders?MarketplaceIds=…</c>.</param>
/// <param name="JsonBody">The JSON body, if any.</param>
/// <param name="Restricted">The restricted resource to send with a Restricted Data Token (for buyer PII), if any.</param>
internal sealed record SpRequest(string Operation, string Region, HttpMethod Method, string PathAndQuery, string? JsonBody = null, RestrictedResource? Restricted = null);

/// <summary>A resource a Restricted Data Token is asked for: method, path as in Amazon's models, and the PII elements.</summary>
internal sealed record RestrictedResource(string Method, string Path, IReadOnlyList<string> DataElements);
