namespace Connectors.Sandbox.Zendesk.Data;

/// <summary>Tickets: create (with the requester found or created by email) and update (comments, priority, tags, status).</summary>
public sealed partial class ZendeskStore
{
    /// <summary>Creates a ticket; null with <paramref name="errors"/> filled when the input is invalid (nothing is changed then).</summary>
    internal ZendeskTicket? CreateTicket(TicketInput input, long submitterId, RecordErrors errors)
    {
        if (string.IsNullOrWhiteSpace(input.Body))
        {
            errors.Add("description", "Description: cannot be blank", "BlankValue");
        }

        CheckChoice(errors, "priority", "Priority", input.Priority, ZendeskVocabulary.Priorities);
        CheckChoice(errors, "status", "Status", input.Status, ZendeskVocabulary.Statuses);
        lock (_gate)
        {
            if (input.RequesterId is { } rid && !_users.ContainsKey(rid))
            {
                errors.Add("requester", $"Requester: {rid} is not a user of this account", "InvalidValue");
            }

            if (input.AuthorId is { } aid && !_users.ContainsKey(aid))
            {
                errors.Add("comment", $"Comment: author {aid} is not a user of this account", "InvalidValue");
            }

            if (input.FollowupSourceId is { } source && _tickets.GetValueOrDefault(source)?.Status != "closed")
            {
                errors.Add("via_followup_source_id", $"Via followup source: ticket {source} is not a closed ticket", "InvalidValue");
            }

            var requesterEmail = input.RequesterEmail?.Trim();
            if (input.RequesterId is null && input.HasRequesterObject && requesterEmail is { Length: > 0 } && !ZendeskVocabulary.IsEmail(requesterEmail))
            {
                errors.Add("requester", $"Requester: Email: {requesterEmail} is not properly formatted", "InvalidFormat");
            }

            if (!errors.IsEmpty)
            {
                return null;
            }

            var requester = input.RequesterId
                ?? (input.HasRequesterObject ? RequesterByEmail(input.RequesterName, input.RequesterEmail, errors)?.Id : submitterId);
            if (requester is null)
            {
                return null;
            }

            var now = _clock.GetUtcNow();
            var body = input.Body!;
            var comment = new ZendeskComment(_nextCommentId++, input.AuthorId ?? submitterId, body, input.Public, now);
            var ticket = new ZendeskTicket
            {
                Id = _nextTicketId++,
                Subject = string.IsNullOrWhiteSpace(input.Subject) ? FirstWords(body) : input.Subject.Trim(),
                Description = body,
                Status = input.Status ?? "new",
                Priority = input.Priority,
                RequesterId = requester.Value,
                SubmitterId = submitterId,
                Tags = ZendeskVocabulary.NormalizeTags(input.Tags),
                ExternalId = string.IsNullOrEmpty(input.ExternalId) ? null : input.ExternalId,
                CustomFields = input.CustomFields,
                FollowupSourceId = input.FollowupSourceId,
                Comments = [comment],
                CreatedAt = now,
                UpdatedAt = now,
            };
            _tickets[ticket.Id] = ticket;
            return ticket;
        }
    }

    /// <summary>
    /// Applies an update; null with <paramref name="errors"/> filled when invalid (closed tickets cannot be updated).
    /// </summary>
    /// <exception cref="KeyNotFoundException">No such ticket.</exception>
    internal ZendeskTicket? UpdateTicket(long id, TicketChange change, long authorId, RecordErrors errors)
    {
        CheckChoice(errors, "priority", "Priority", change.Priority, ZendeskVocabulary.Priorities);
        CheckChoice(errors, "status", "Status", change.Status, ZendeskVocabulary.Statuses);
        lock (_gate)
        {
            var ticket = _tickets.GetValueOrDefault(id) ?? throw new KeyNotFoundException($"ticket {id} does not exist");
            if (ticket.Status == "closed")
            {
                errors.Add("status", "Status: closed prevents ticket update", "InvalidValue");
            }

            if (change.AuthorId is { } aid && !_users.ContainsKey(aid))
            {
                errors.Add("comment", $"Comment: author {aid} is not a user of this account", "InvalidValue");
            }

            if (!errors.IsEmpty)
            {
                return null;
            }

            var now = _clock.GetUtcNow();
            var tags = change.Tags ?? ticket.Tags;
            tags = [.. tags.Concat(change.AdditionalTags ?? []).Except(ZendeskVocabulary.NormalizeTags(change.RemoveTags ?? []), StringComparer.Ordinal)];
            var comments = ticket.Comments;
            if (!string.IsNullOrWhiteSpace(change.Body))
            {
                comments = [.. comments, new ZendeskComment(_nextCommentId++, change.AuthorId ?? authorId, change.Body, change.Public, now)];
            }

            var updated = ticket with
            {
                Subject = string.IsNullOrWhiteSpace(change.Subject) ? ticket.Subject : change.Subject.Trim(),
                Priority = change.Priority ?? ticket.Priority,
                Status = change.Status ?? (ticket.Status == "new" && comments.Count > ticket.Comments.Count ? "open" : ticket.Status),
                Tags = ZendeskVocabulary.NormalizeTags(tags),
                ExternalId = change.ExternalId ?? ticket.ExternalId,
                CustomFields = change.CustomFields ?? ticket.CustomFields,
                Comments = comments,
                UpdatedAt = now,
            };
            _tickets[id] = updated;
            return updated;
        }
    }

    private static void CheckChoice(RecordErrors errors, string field, string label, string? value, string[] allowed)
    {
        if (value is not null && !allowed.Contains(value, StringComparer.Ordinal))
        {
            errors.Add(field, $"{label}: {value} is not valid (expected one of {string.Join(", ", allowed)})", "InvalidValue");
        }
    }

    private static string FirstWords(string body)
    {
        var line = body.Split('\n', 2)[0].Trim();
        return line.Length <= 50 ? line : line[..50];
    }
}
