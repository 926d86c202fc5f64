using System.Globalization;
using Connectors.Abstractions;
using Connectors.Plugins.Webhook.Client;
using Connectors.Plugins.Webhook.Formats;
using Connectors.Plugins.Webhook.Pacing;

namespace Connectors.Plugins.Webhook.Push;

/// <summary>
/// Delivers one item with one POST: waits for the URL's turn, makes the body at that moment (so the body's
/// <c>sentAt</c> and the signed timestamp agree), sends it and judges the answer. It never sends the same item twice
/// in a push; retries are the outbox's, and receivers drop repeats by <c>X-Connectors-Delivery</c>.
/// </summary>
internal sealed class ItemPusher(WebhookClient client, BodyRenderer bodies, RequestPacer pacer, TimeProvider time, bool signed, string connector)
{
    // Waits up to this long happen inside the push; a longer one (a long Retry-After, a tiny budget) hands the item
    // back to the outbox with that wait, without sending it.
    private static readonly TimeSpan MaxInlineWait = TimeSpan.FromMinutes(1);

    public async Task<SinkItemResult> PushAsync(SinkItem item, CancellationToken ct)
    {
        var key = item.IdempotencyKey;
        if (ItemKinds.Of(item) is not { } kind)
        {
            return SinkItemResult.Failed(key, "the item holds no alert, feedback or customer: nothing to deliver");
        }

        if (await pacer.AcquireAsync(MaxInlineWait, ct) is { } wait)
        {
            return SinkItemResult.Retry(
                key,
                string.Create(CultureInfo.InvariantCulture, $"held back for {wait.TotalSeconds:0.#} s by the receiver's Retry-After or the budget of {pacer.RequestsPerMinute} requests per minute"),
                wait);
        }

        // The turn is taken before the body is made: a template that fails spends it, which only slows the next item.
        var delivery = new DeliveryItem(item, kind, connector, time.GetUtcNow());
        var body = await bodies.RenderAsync(delivery);
        if (body.Failure is { } failure)
        {
            return SinkItemResult.Failed(key, failure);
        }

        var answer = await client.PostAsync(key, kind, body.Bytes!, delivery.SentAt, ct);
        var verdict = AnswerJudge.Judge(answer, key, client.Where, signed);
        if (verdict.Throttle is { } throttle)
        {
            pacer.Throttled(throttle);
        }

        return verdict.Result;
    }
}
