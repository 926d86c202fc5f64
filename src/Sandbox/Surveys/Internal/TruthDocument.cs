namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>The JSON shape of <c>truth.json</c>.</summary>
internal sealed record TruthDocument(
    string? Format,
    int Version,
    int Seed,
    int Customers,
    int OrdersPerCustomer,
    string? ShopifyConnector,
    IReadOnlyList<string>? Connectors,
    IReadOnlyList<TruthRecord>? Records);
