using Connectors.Abstractions;

namespace Connectors.Plugins.Shopify.Streams;

/// <summary>What one customer or order became: its records, with the id and <c>updatedAt</c> that drive the checkpoint.</summary>
/// <param name="Id">The node's global id.</param>
/// <param name="UpdatedAt">When Shopify last changed the node.</param>
/// <param name="Customer">The customer, or for an order the link of its customer to it.</param>
/// <param name="Feedback">The order note, when there is one.</param>
internal sealed record MappedNode(string Id, DateTimeOffset UpdatedAt, CustomerRecord? Customer, FeedbackRecord? Feedback);
