namespace Connectors.Sandbox.Shopify.Data;

/// <summary>An inclusive range of sort keys; filters on the sort field become a range so no scan is needed.</summary>
internal readonly record struct KeyRange(long Low, long High)
{
    public static KeyRange All { get; } = new(long.MinValue, long.MaxValue);

    public bool IsEmpty => Low > High;

    public bool Contains(long key) => key >= Low && key <= High;
}
