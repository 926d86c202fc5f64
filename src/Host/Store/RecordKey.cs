namespace Connectors.Host.Store;

/// <summary>The deterministic key of a stored record: the connector instance and the record's id at the source.</summary>
public static class RecordKey
{
    public static string For(string sourceInstance, string sourceId) => $"{sourceInstance}:{sourceId}";
}
