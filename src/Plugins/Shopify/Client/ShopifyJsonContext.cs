using System.Text.Json.Serialization;
using Connectors.Plugins.Shopify.Client.Models;

namespace Connectors.Plugins.Shopify.Client;

/// <summary>Source-generated (de)serialisation of the Admin API answers: no reflection in the plugin's load context.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(GraphQLResponse<ShopData>))]
[JsonSerializable(typeof(GraphQLResponse<CustomersPageData>))]
[JsonSerializable(typeof(GraphQLResponse<OrdersPageData>))]
[JsonSerializable(typeof(GraphQLResponse<BulkRunData>))]
[JsonSerializable(typeof(GraphQLResponse<BulkByIdData>))]
[JsonSerializable(typeof(GraphQLResponse<CurrentBulkData>))]
[JsonSerializable(typeof(CustomerNode))]
[JsonSerializable(typeof(OrderNode))]
internal sealed partial class ShopifyJsonContext : JsonSerializerContext;
