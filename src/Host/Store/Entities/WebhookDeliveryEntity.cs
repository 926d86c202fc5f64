namespace Connectors.Host.Store.Entities;

/// <summary>A webhook delivery already stored, so a redelivery with the same vendor id is acknowledged and dropped.</summary>
public sealed class WebhookDeliveryEntity
{
    public required string Connector { get; set; }

    public required string DeliveryId { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public int Records { get; set; }
}
