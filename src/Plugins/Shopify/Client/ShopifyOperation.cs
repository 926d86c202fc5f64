namespace Connectors.Plugins.Shopify.Client;

/// <summary>A GraphQL document the client sends, named so its cost can be learned and its text validated.</summary>
/// <param name="Name">The operation name, also the key its query cost is learned under.</param>
/// <param name="Text">The GraphQL document.</param>
public sealed record ShopifyOperation(string Name, string Text);
