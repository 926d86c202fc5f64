using System.Globalization;
using System.Data.Common;
using Connectors.Host.Replies;

namespace Connectors.Host.Store;

/// <summary>
/// Writes the replies routes draft, in the batch's transaction: one per feedback item and route, ever, so an item
/// that changes again is not answered twice. A route that sends directly queues the reply in the outbox at once; its
/// text is rendered from the route's template when it is posted.
/// </summary>
internal sealed class ReplyDraftWriter(DbConnection connection, OutboxWriter outbox) : IDisposable
{
    private readonly RowStatement _draft = new(connection,
        "INSERT INTO replies (feedback_key, connector, text, content_key, origin, route, status, created_at, approved_at) " +
        "VALUES (?1, ?2, NULL, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (feedback_key, content_key) DO NOTHING");

    /// <summary>The content key of a route's draft: the route, since its text is rendered later.</summary>
    public static string RouteContentKey(string route) => "route:" + route;

    /// <summary>Drafts (or queues) the route's reply to the item; false when the route answered it before.</summary>
    public bool Write(string feedbackKey, string connector, string route, bool sendDirectly, DateTimeOffset now)
    {
        var origin = RouteContentKey(route);
        var status = sendDirectly ? ReplyStatus.Approved : ReplyStatus.Draft;
        if (_draft.Run([feedbackKey, connector, origin, origin, route, status, now, sendDirectly ? now : null]) == 0)
        {
            return false;
        }

        if (sendDirectly)
        {
            outbox.QueueOnce(connector, ReplyStatus.ItemType, _draft.LastInsertRowId.ToString(CultureInfo.InvariantCulture), route, now, now);
        }

        return true;
    }

    public void Dispose() => _draft.Dispose();
}
