using Connectors.Abstractions;
using Connectors.Plugins.Shopify.Client.Models;

namespace Connectors.Plugins.Shopify.Streams;

/// <summary>
/// A Shopify order to the link of its customer to it (for identity resolution by order) and, when the buyer left a
/// note, a feedback item of kind <c>order_note</c>.
/// </summary>
internal static class OrderMapper
{
    public static MappedNode Map(OrderNode node, string shopHandle)
    {
        // In a bulk result an order nested under its customer carries the customer only as __parentId.
        var customerId = node.Customer?.Id ?? (ShopifyGid.IsCustomer(node.ParentId) ? node.ParentId : null);
        var link = customerId is null ? null : new CustomerRecord
        {
            SourceId = customerId,
            Channel = Channels.Shopify,
            // The gid, not the name: "#1001" repeats across shops and would merge strangers.
            OrderIds = [node.Id],
            SeenAt = node.CreatedAt,
        };
        var note = string.IsNullOrWhiteSpace(node.Note) ? null : new FeedbackRecord
        {
            SourceId = node.Id,
            Channel = Channels.Shopify,
            Kind = FeedbackKinds.OrderNote,
            CustomerSourceId = customerId,
            OrderId = node.Name ?? node.Id,
            Body = node.Note.Trim(),
            // Stated, so the host's language identifier only checks it instead of guessing from a few words.
            Language = string.IsNullOrWhiteSpace(node.CustomerLocale) ? null : node.CustomerLocale.Trim(),
            OccurredAt = node.CreatedAt,
            UpdatedAt = node.UpdatedAt,
            Url = AdminUrl(shopHandle, node.Id),
        };
        return new MappedNode(node.Id, node.UpdatedAt, link, note);
    }

    /// <summary>The order's page in the Shopify admin, <c>https://admin.shopify.com/store/{shop}/orders/{numeric id}</c>.</summary>
    public static Uri? AdminUrl(string shopHandle, string orderGid) =>
        orderGid.StartsWith(ShopifyGid.OrderPrefix, StringComparison.Ordinal) && orderGid.Length > ShopifyGid.OrderPrefix.Length
            ? new Uri($"https://admin.shopify.com/store/{Uri.EscapeDataString(shopHandle)}/orders/{orderGid[ShopifyGid.OrderPrefix.Length..]}")
            : null;
}
