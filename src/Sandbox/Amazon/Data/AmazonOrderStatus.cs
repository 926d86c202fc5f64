namespace Connectors.Sandbox.Amazon.Data;

/// <summary>The order states the emulator produces (v0 names; 2026-01-01 maps them to fulfillment statuses).</summary>
public enum AmazonOrderStatus
{
    /// <summary>Placed, payment not yet authorised.</summary>
    Pending,

    /// <summary>Paid, not shipped.</summary>
    Unshipped,

    /// <summary>Shipped (and, once past its delivery time, delivered).</summary>
    Shipped,

    /// <summary>Cancelled.</summary>
    Canceled,
}
