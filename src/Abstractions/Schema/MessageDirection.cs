namespace Connectors.Abstractions;

/// <summary>Who sent a message.</summary>
public enum MessageDirection
{
    /// <summary>From the customer to the brand.</summary>
    Inbound,

    /// <summary>From the brand to the customer.</summary>
    Outbound,
}
