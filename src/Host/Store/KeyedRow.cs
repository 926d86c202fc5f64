namespace Connectors.Host.Store;

/// <summary>A row bound for a table keyed by one text column: its key, its content hash, and every column's value in order.</summary>
internal sealed record KeyedRow(string Key, long Hash, object?[] Values);
