using System.Data.Common;
using System.Text.Json;
using Connectors.Abstractions;
using Connectors.Host.Identity;

namespace Connectors.Host.Store;

/// <summary>
/// Stores the orders a source offered for a review request and queues each one's request in the outbox, in the
/// batch's transaction. At most once per order, ever: an order offered again (every orders pass re-reads recent
/// orders) updates its window but never queues a second request, even after the first was sent, skipped or refused.
/// </summary>
internal sealed class ReviewRequestWriter(DbConnection connection, OutboxWriter outbox) : IDisposable
{
    /// <summary>The outbox item type of a review request.</summary>
    public const string ItemType = "review_request";

    private readonly RowStatement _offer = new(connection,
        "INSERT INTO review_requests (connector, order_id, order_key, customer_source_id, opens_at, closes_at, context, offered_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) " +
        "ON CONFLICT (connector, order_id) DO UPDATE SET opens_at = excluded.opens_at, closes_at = excluded.closes_at, context = excluded.context, customer_source_id = coalesce(excluded.customer_source_id, review_requests.customer_source_id) " +
        "WHERE review_requests.opens_at <> excluded.opens_at OR review_requests.closes_at <> excluded.closes_at OR review_requests.context <> excluded.context");

    /// <summary>Stores and queues <paramref name="offers"/> through the connection's open transaction; returns how many were queued.</summary>
    public int Write(string connector, IReadOnlyList<ReviewRequestOffer> offers, DateTimeOffset now)
    {
        var queued = 0;
        foreach (var offer in offers)
        {
            // A backfill re-reads orders whose window closed long ago: nothing to ask, nothing to keep.
            if (string.IsNullOrWhiteSpace(offer.OrderId) || offer.ClosesAt < now)
            {
                continue;
            }

            _offer.Run([connector, offer.OrderId, OrderKey.Normalize(offer.OrderId), offer.CustomerSourceId, offer.OpensAt, offer.ClosesAt, JsonSerializer.Serialize(offer.Context), now]);
            // Due when the window opens; one that opened while the host was away is due now.
            queued += outbox.QueueOnce(connector, ItemType, offer.OrderId, route: null, offer.OpensAt > now ? offer.OpensAt : now, now) ? 1 : 0;
        }

        return queued;
    }

    public void Dispose() => _offer.Dispose();
}
