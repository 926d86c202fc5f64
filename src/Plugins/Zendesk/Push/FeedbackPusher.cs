using System.Globalization;
using Connectors.Abstractions;
using Connectors.Plugins.Zendesk.Client;
using Connectors.Plugins.Zendesk.Client.Models;
using Connectors.Plugins.Zendesk.Mapping;
using Connectors.Plugins.Zendesk.Templates;

namespace Connectors.Plugins.Zendesk.Push;

/// <summary>
/// Turns one feedback item into a ticket on the right requester, never two: the requester is created or updated
/// first; then the ticket the item belongs to is looked up by external id (and by the id of an earlier push); if
/// there is one, the item's text is added as a comment unless that very text is already there; if not, a ticket is
/// created with the item's idempotency key.
/// </summary>
internal sealed class FeedbackPusher(ZendeskApi api, TicketTemplates templates, ZendeskOptions options, string connectorName)
{
    /// <summary>The id of the ticket that now holds the item.</summary>
    /// <exception cref="ZendeskException">The item failed for good or should be retried.</exception>
    public async Task<long> PushAsync(SinkItem item, UserUpserts users, CancellationToken ct)
    {
        var feedback = item.Feedback!;
        var priority = Priorities.Name(item.Priority ?? options.DefaultPriority);
        var (subject, body) = await RenderAsync(TemplateModel.For(item, priority), item.Content, feedback);
        var marker = RefMarker.For(item.IdempotencyKey, body);
        var comment = new CommentPayload(RefMarker.Append(body, marker), options.PublicComments);
        long? requester = item.Customer is { } customer ? await users.UpsertAsync(customer, ct) : null;
        var externalId = ExternalIds.ForTicket(item, connectorName);
        var tags = TicketTags.For(feedback, options.Tags);

        var (target, followUp) = await FindAsync(item, externalId, ct);
        if (target is not null && await AddCommentAsync(target, comment, marker, item.Priority, tags, ct) is { } updated)
        {
            return updated;
        }

        var ticket = new TicketCreate
        {
            Subject = subject,
            Comment = comment,
            RequesterId = requester,
            Priority = priority,
            Tags = tags,
            ExternalId = externalId,
            ViaFollowupSourceId = followUp?.Id,
        };

        // A follow-up is a second creation for the same item, so it needs a key of its own.
        var key = followUp is null ? item.IdempotencyKey : string.Create(CultureInfo.InvariantCulture, $"{item.IdempotencyKey}:followup:{followUp.Id}");
        return (await api.CreateTicketAsync(ticket, key, ct)).Id;
    }

    /// <summary>
    /// The ticket to add to: the one an earlier push returned unless it is closed, else the newest ticket with the
    /// external id that still takes comments (for a conversation: not yet solved). With none, a closed ticket to follow up.
    /// </summary>
    private async Task<(TicketDto? Target, TicketDto? FollowUp)> FindAsync(SinkItem item, string externalId, CancellationToken ct)
    {
        var candidates = await api.TicketsByExternalIdAsync(externalId, ct);
        TicketDto? pinned = null;
        if (long.TryParse(item.ExistingSinkId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            pinned = candidates.FirstOrDefault(t => t.Id == id) ?? await api.TicketAsync(id, ct);
        }

        var conversation = ExternalIds.IsConversation(item);
        var open = candidates.Where(t => conversation ? !t.IsFinished : !t.IsClosed).MaxBy(t => (t.CreatedAt, t.Id));
        var target = pinned is { IsClosed: false } ? pinned : open;
        if (target is not null)
        {
            return (target, null);
        }

        return (null, pinned is { IsClosed: true } ? pinned : candidates.Where(t => t.IsClosed).MaxBy(t => (t.CreatedAt, t.Id)));
    }

    /// <summary>The ticket's id once it holds the comment; null when the ticket vanished meanwhile.</summary>
    private async Task<long?> AddCommentAsync(TicketDto target, CommentPayload comment, string marker, Priority? routedPriority, IReadOnlyList<string> tags, CancellationToken ct)
    {
        var recent = await api.RecentCommentsAsync(target.Id, ct);
        if (recent.Any(c => (c.Body ?? "").Contains(marker, StringComparison.Ordinal) || (c.PlainBody ?? "").Contains(marker, StringComparison.Ordinal)))
        {
            // Zendesk already has this text from a push whose answer was lost.
            return target.Id;
        }

        var current = target.Tags ?? [];
        var update = new TicketUpdate
        {
            Comment = comment,
            Tags = tags.Except(current, StringComparer.Ordinal).Any() ? [.. current.Union(tags, StringComparer.Ordinal)] : null,

            // A route may raise a ticket's priority, never lower what an agent set.
            Priority = routedPriority is { } routed && (Priorities.Parse(target.Priority) is not { } agents || routed > agents) ? Priorities.Name(routed) : null,

            // New words from the customer reopen a solved ticket.
            Status = target.IsFinished ? "open" : null,
        };
        return (await api.UpdateTicketAsync(target.Id, update, ct))?.Id;
    }

    /// <summary>The route's rendered text where it has one (its subject only if the template assigned one), else this sink's templates.</summary>
    private async Task<(string Subject, string Body)> RenderAsync(TemplateModel model, RenderedContent? routed, FeedbackRecord feedback)
    {
        string subject, body;
        try
        {
            subject = routed?.Subject ?? await templates.SubjectAsync(model);
            body = routed?.Body ?? await templates.BodyAsync(model);
        }
#pragma warning disable CA1031 // Whatever a template trips over fails this item for good, with the reason, not the batch.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            throw ZendeskException.Failed($"the subject or body template failed for this item: {ex.Message}");
        }

        subject = subject.Length > 0 ? subject : $"{feedback.Kind.Replace('_', ' ')} on {feedback.Channel}";
        return (subject, body.Length > 0 ? body : "(no text)");
    }
}
