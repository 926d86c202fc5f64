namespace Connectors.Plugins.Amazon.Streams;

/// <summary>A report requested and not yet read to its end: its id, data range, and the rows already committed.</summary>
internal sealed class PendingReport
{
    public string Id { get; set; } = "";

    public DateTimeOffset Start { get; set; }

    public DateTimeOffset End { get; set; }

    public long Rows { get; set; }
}
