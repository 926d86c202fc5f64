using System.Globalization;
using Connectors.Abstractions;
using Connectors.Host.Replies;
using Connectors.Host.Store;
using Connectors.Host.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Connectors.Host.Cli;

/// <summary>
/// One unified customer as <c>customers show</c> prints it: each attribute with the source and time it came from,
/// each identity and source record with why it joined, merges and pairs held apart, orders and recent feedback.
/// </summary>
internal static class CustomerView
{
    private const int RecentFeedback = 10;

    public static async Task WriteAsync(ConnectorsDbContext db, long id, CancellationToken ct)
    {
        var c = await db.Customers.AsNoTracking().FirstAsync(x => x.Id == id, ct);
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"[bold]Customer {c.Id}[/]: {c.Name ?? "(no name)"}, first seen {c.FirstSeenAt:yyyy-MM-dd}, last seen {c.LastSeenAt:yyyy-MM-dd}, tags {c.Tags}");

        var attributes = new Table().Title("Attributes (the newest value wins)").AddColumns("Attribute", "Value", "From", "Seen (UTC)");
        Attribute(attributes, "email", c.Email, c.EmailSource, c.EmailAt);
        Attribute(attributes, "phone", c.Phone, c.PhoneSource, c.PhoneAt);
        Attribute(attributes, "name", c.Name, c.NameSource, c.NameAt);
        Attribute(attributes, "locale", c.Locale, c.LocaleSource, c.LocaleAt);
        Attribute(attributes, "country", c.Country, c.CountrySource, c.CountryAt);
        Attribute(attributes, "email marketing", Consent(c.EmailMarketingConsent), c.EmailMarketingConsentSource, c.EmailMarketingConsentAt);
        Attribute(attributes, "sms", Consent(c.SmsConsent), c.SmsConsentSource, c.SmsConsentAt);
        AnsiConsole.Write(attributes);

        var identities = await db.CustomerIdentities.AsNoTracking().Where(i => i.CustomerId == id).OrderBy(i => i.FirstSeenAt).ThenBy(i => i.Id).ToListAsync(ct);
        var sources = await db.CustomerSources.AsNoTracking().Where(s => s.CustomerId == id).OrderBy(s => s.FirstSeenAt).ToListAsync(ct);
        var table = new Table().Title("Source records and why each joined").AddColumns("Connector", "Source id", "Channel", "Joined by", "Evidence", "Stored (UTC)");
        foreach (var s in sources)
        {
            table.AddRow(Markup.Escape(s.SourceInstance), Markup.Escape(s.SourceId), Markup.Escape(s.Channel), Markup.Escape(s.MatchReason),
                Markup.Escape(s.MatchEvidence ?? (s.MatchReason == "new" ? "(first record of this customer)" : "-")), Time(s.FirstSeenAt));
        }

        AnsiConsole.Write(table);
        table = new Table().Title("Identities").AddColumns("Kind", "Value", "Brought by", "Stored (UTC)");
        foreach (var i in identities)
        {
            table.AddRow(Markup.Escape(i.Channel), Markup.Escape(i.ExternalId), Markup.Escape($"{i.SourceInstance}:{i.SourceId ?? "?"}"), Time(i.FirstSeenAt));
        }

        AnsiConsole.Write(table);
        await WriteDecisionsAsync(db, id, ct);
        await WriteOrdersAndFeedbackAsync(db, id, ct);
    }

    private static async Task WriteDecisionsAsync(ConnectorsDbContext db, long id, CancellationToken ct)
    {
        var merges = await db.CustomerMerges.AsNoTracking().Where(m => m.KeptCustomerId == id || m.MergedCustomerId == id).OrderBy(m => m.Id).ToListAsync(ct);
        foreach (var m in merges)
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"Merged: customer {m.MergedCustomerId} into {m.KeptCustomerId} by {m.DecidedBy} on {Time(m.MergedAt)}: {m.Reason}{(m.Evidence is null ? "" : $" ({m.Evidence})")}");
        }

        var pairs = await db.IdentityConflicts.AsNoTracking().Where(p => p.CustomerId == id || p.OtherCustomerId == id).OrderBy(p => p.Id).ToListAsync(ct);
        foreach (var p in pairs)
        {
            var other = p.CustomerId == id ? p.OtherCustomerId : p.CustomerId;
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Held apart from customer {other} ({p.Status}): {p.Reason}");
        }

        var splits = await db.CustomerSplits.AsNoTracking().Where(s => s.CustomerId == id || s.OtherCustomerId == id).ToListAsync(ct);
        foreach (var s in splits)
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"Never joined with customer {(s.CustomerId == id ? s.OtherCustomerId : s.CustomerId)} (operator, {Time(s.DecidedAt)}){(s.Note is null ? "" : $": {s.Note}")}");
        }
    }

    private static async Task WriteOrdersAndFeedbackAsync(ConnectorsDbContext db, long id, CancellationToken ct)
    {
        var orders = await db.CustomerOrders.AsNoTracking().Where(o => o.CustomerId == id).OrderBy(o => o.FirstSeenAt).Select(o => o.OrderKey).ToListAsync(ct);
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"Orders: {orders.Count:N0}{(orders.Count == 0 ? "" : $" ({string.Join(", ", orders.Take(8))}{(orders.Count > 8 ? ", ..." : "")})")}");

        var total = await db.Feedback.CountAsync(f => f.CustomerId == id, ct);
        var recent = await db.Feedback.AsNoTracking().Where(f => f.CustomerId == id).OrderByDescending(f => f.OccurredAt).Take(RecentFeedback).ToListAsync(ct);
        var keys = recent.Select(f => f.Key).ToList();
        var replies = (await db.Replies.AsNoTracking().Where(r => keys.Contains(r.FeedbackKey)).ToListAsync(ct)).ToLookup(r => r.FeedbackKey, StringComparer.Ordinal);
        var table = new Table().Title($"Feedback ({total:N0}, newest first)").AddColumns("When (UTC)", "Key", "Kind", "Rating", "Sentiment", "Topics", "Priority", "Reply", "Text");
        foreach (var f in recent)
        {
            var rating = f.RatingRaw is { } raw && Enum.TryParse<RatingScale>(f.RatingScale, out var scale) ? Rating.FromScale(raw, scale).Describe() : "-";
            var text = f.Body ?? f.Title ?? "";
            table.AddRow(Time(f.OccurredAt), Markup.Escape(f.Key), Markup.Escape(f.Kind), Markup.Escape(rating),
                Markup.Escape(f.SentimentLabel is null ? "-" : string.Create(CultureInfo.InvariantCulture, $"{f.SentimentLabel} {f.Sentiment:0.00}")),
                Markup.Escape(f.Topics is null ? "-" : string.Join(", ", System.Text.Json.JsonSerializer.Deserialize<List<string>>(f.Topics) ?? [])),
                Markup.Escape(f.Priority ?? "-"), Markup.Escape(await ReplyOfAsync(db, f, replies[f.Key], ct)), Markup.Escape(text.Length > 60 ? text[..57] + "..." : text));
        }

        AnsiConsole.Write(total == 0 ? new Text("No feedback.\n") : table);
    }

    /// <summary>The item's reply state at its source, and the latest reply written here with where it stands.</summary>
    private static async Task<string> ReplyOfAsync(ConnectorsDbContext db, FeedbackEntity f, IEnumerable<ReplyEntity> replies, CancellationToken ct)
    {
        var state = f.ReplyState == nameof(ReplyState.None) ? "-" : f.ReplyState.ToLowerInvariant();
        if (replies.OrderByDescending(r => r.Id).FirstOrDefault() is not { } reply)
        {
            return state;
        }

        var text = reply.Text ?? "(draft from a template)";
        return $"{state}; reply {reply.Id} {ReplyDesk.StateOf(reply, await ReplyDesk.ItemOfAsync(db, reply, ct))}: {(text.Length > 40 ? text[..37] + "..." : text)}";
    }

    private static void Attribute(Table table, string name, string? value, string? source, DateTimeOffset? at) =>
        table.AddRow(name, Markup.Escape(value ?? "-"), Markup.Escape(source ?? "-"), at is { } t ? Time(t) : "-");

    private static string? Consent(bool? granted) => granted switch { true => "granted", false => "not granted", _ => null };

    private static string Time(DateTimeOffset t) => t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
