using System.Globalization;
using System.Text.Json;
using Connectors.Abstractions;
using Connectors.Host.Enrichment;
using Connectors.Host.Routing.Templates;
using Connectors.Host.Store;
using Connectors.Host.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Connectors.Host.Outbox;

/// <summary>
/// Turns due outbox items into what the sink gets, from the current state of their records (never a stale copy): the
/// unified customer, the feedback with its annotations, or the alert; and, where the route (or alert rule) has a
/// template, the text it renders with the customer and their recent history. An item whose template fails to render
/// is reported with the reason instead of being pushed.
/// </summary>
public sealed class SinkItemBuilder(RouteTemplates templates)
{
    /// <summary>Each due item's sink item, or why it cannot be built, by outbox id.</summary>
    public async Task<Dictionary<long, (SinkItem? Item, string? Error)>> BuildAsync(ConnectorsDbContext db, IReadOnlyList<OutboxItemEntity> due, CancellationToken ct)
    {
        var feedbackKeys = due.Where(o => o.ItemType == "feedback").Select(o => o.ItemKey).ToList();
        var feedback = await db.Feedback.AsNoTracking().Where(f => feedbackKeys.Contains(f.Key)).ToDictionaryAsync(f => f.Key, ct);
        var customerIds = due.Where(o => o.ItemType == "customer").Select(o => long.Parse(o.ItemKey, CultureInfo.InvariantCulture))
            .Concat(feedback.Values.Where(f => f.CustomerId is not null).Select(f => f.CustomerId!.Value)).Distinct().ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var alertKeys = due.Where(o => o.ItemType == "alert").Select(o => o.ItemKey).ToList();
        var alerts = await db.Alerts.AsNoTracking().Where(a => alertKeys.Contains(a.Key)).ToDictionaryAsync(a => a.Key, ct);

        var items = new Dictionary<long, (SinkItem?, string?)>();
        foreach (var o in due)
        {
            var item = new SinkItem
            {
                IdempotencyKey = o.IdempotencyKey,
                ExistingSinkId = o.SinkId,
                Priority = Enum.TryParse<Priority>(o.Priority, ignoreCase: true, out var priority) ? priority : null,
                Route = o.Route,
            };
            try
            {
                items[o.Id] = (o.ItemType switch
                {
                    "customer" => item with
                    {
                        Customer = customers.TryGetValue(long.Parse(o.ItemKey, CultureInfo.InvariantCulture), out var c) ? StoredRecords.Customer(c) : null,
                    },
                    "feedback" when feedback.TryGetValue(o.ItemKey, out var f) => await FeedbackItemAsync(db, item, f, f.CustomerId is { } id ? customers.GetValueOrDefault(id) : null, o, ct),
                    "alert" when alerts.TryGetValue(o.ItemKey, out var a) => await AlertItemAsync(item, a, o),
                    _ => item,
                }, null);
            }
#pragma warning disable CA1031 // A template that trips over one item fails that item for good, with the reason, not the batch.
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                items[o.Id] = (null, $"the template of route '{o.Route}' failed for this item: {ex.Message}");
            }
        }

        return items;
    }

    private async Task<SinkItem> FeedbackItemAsync(ConnectorsDbContext db, SinkItem item, FeedbackEntity f, CustomerEntity? author, OutboxItemEntity o, CancellationToken ct)
    {
        var record = StoredRecords.Feedback(f);
        var annotations = AnnotationColumns.Read(f.Annotations);
        item = item with
        {
            Feedback = record,
            Customer = author is null ? null : StoredRecords.Customer(author),
            Annotations = [.. annotations.Select(a => a.ToAnnotation(f.Key))],
        };
        if (templates.ForRoute(o.Route) is not { } template)
        {
            return item;
        }

        var model = await StoredFeedbackModel.BuildAsync(db, f, author, o.Route!, o.Sink, item.Priority, o.IdempotencyKey, ct);
        return item with { Content = await template.RenderAsync(model) };
    }

    private async Task<SinkItem> AlertItemAsync(SinkItem item, AlertEntity entity, OutboxItemEntity o)
    {
        var alert = JsonSerializer.Deserialize<AlertRecord>(entity.Payload)
            ?? throw new InvalidOperationException($"alert {entity.Key} has no payload");
        item = item with { Alert = alert };
        return templates.ForAlert(alert.Rule) is { } template
            ? item with { Content = await template.RenderAsync(TemplateModel.ForAlert(alert, o.Sink, o.IdempotencyKey)) }
            : item;
    }
}
