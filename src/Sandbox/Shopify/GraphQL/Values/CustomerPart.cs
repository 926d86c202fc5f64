using Connectors.Sandbox.Shopify.Data;

namespace Connectors.Sandbox.Shopify.GraphQL.Values;

/// <summary>A sub-object of a customer (address, email address, phone number) read from the customer record.</summary>
internal sealed record CustomerPart(CustomerRecord Customer, string Kind);
