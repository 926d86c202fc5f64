namespace Connectors.Plugins.Zendesk.Client.Models;

/// <summary>The parts of a Zendesk ticket the connector reads.</summary>
internal sealed record TicketDto
{
    public long Id { get; init; }

    public string? Status { get; init; }

    public string? Priority { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    public string? ExternalId { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Closed tickets cannot be updated; a follow-up ticket is opened instead.</summary>
    public bool IsClosed => string.Equals(Status, "closed", StringComparison.OrdinalIgnoreCase);

    /// <summary>Solved or closed: a conversation starts a new ticket rather than reopening it.</summary>
    public bool IsFinished => IsClosed || string.Equals(Status, "solved", StringComparison.OrdinalIgnoreCase);
}
