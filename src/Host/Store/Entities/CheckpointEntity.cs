namespace Connectors.Host.Store.Entities;

/// <summary>Where a connector's stream resumes: the opaque cursor of the last committed batch.</summary>
public sealed class CheckpointEntity
{
    public required string Connector { get; set; }

    public required string Stream { get; set; }

    public required string Value { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
