namespace Connectors.Plugins.Amazon.Streams;

/// <summary>An unfinished getOrders pass: its window and the next page's token (kept so a restart goes on from it).</summary>
internal sealed class OrdersPass
{
    public DateTimeOffset After { get; set; }

    public DateTimeOffset Before { get; set; }

    public string? NextToken { get; set; }
}
