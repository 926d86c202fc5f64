using Connectors.Abstractions;
using Connectors.Host.Store;
using Connectors.Host.Sync;
using Microsoft.Extensions.Logging;

namespace Connectors.Host.Web;

/// <summary>
/// Takes a raw delivery for a connector: checks its signature with the plugin, drops a redelivery by the vendor's
/// delivery id, and stores its records in one transaction with that id, through the same upserts as a sync.
/// </summary>
public sealed class WebhookReceiver(
    ConnectorRegistry connectors,
    IStoreConnectionFactory store,
    PipelineStages stages,
    TimeProvider time,
    ILogger<WebhookReceiver> logger)
{
    /// <summary>The answer to a vendor's check of the callback URL; <c>null</c> (403) for an unknown connector or a refused check.</summary>
    public string? Challenge(string connectorName, IReadOnlyDictionary<string, string> query)
    {
        if (connectors.TryGet(connectorName) is not IWebhookChallenge challenge)
        {
            return null;
        }

        var answer = challenge.Answer(query);
        if (answer is null)
        {
            logger.LogWarning("Webhook URL check for {Connector} refused: the verify token does not match", connectorName);
        }

        return answer;
    }

    public async Task<WebhookOutcome> ReceiveAsync(string connectorName, WebhookRequest request, CancellationToken ct)
    {
        IConnector connector;
        try
        {
            connector = connectors.Get(connectorName);
        }
        catch (KeyNotFoundException)
        {
            return WebhookOutcome.UnknownConnector(connectorName);
        }

        if (connector is not IWebhookSource webhooks)
        {
            return WebhookOutcome.NotAWebhookSource(connectorName);
        }

        if (!webhooks.Verify(request))
        {
            logger.LogWarning("Webhook for {Connector} refused: the signature does not match", connectorName);
            return WebhookOutcome.BadSignature;
        }

        var deliveryId = webhooks.DeliveryId(request);
        var batch = webhooks.Parse(request);
        await using var writer = await BatchPipeline.OpenAsync(store, stages, ct);
        var counts = await writer.CommitDeliveryAsync(connectorName, deliveryId, batch, time.GetUtcNow(), ct);
        if (counts is null)
        {
            logger.LogInformation("Webhook {DeliveryId} for {Connector} was delivered before; dropped", deliveryId, connectorName);
            return WebhookOutcome.Duplicate;
        }

        foreach (var problem in batch.Problems)
        {
            logger.LogWarning("Webhook {DeliveryId} for {Connector}: skipped {Location}: {Reason}", deliveryId, connectorName, problem.Location, problem.Reason);
        }

        logger.LogInformation("Webhook {DeliveryId} for {Connector}: {Records} records ({Inserted} new, {Updated} changed)",
            deliveryId, connectorName, batch.RecordCount, counts.Value.Inserted, counts.Value.Updated);
        return WebhookOutcome.Stored(batch.RecordCount);
    }
}
