using System.Text.Json;

namespace Connectors.Plugins.Zendesk.Client;

/// <summary>A successful (or 404) answer: its status and parsed JSON body.</summary>
internal sealed record ZendeskResponse(int Status, JsonElement Body)
{
    public bool NotFound => Status == 404;

    public T Read<T>() => Body.Deserialize<T>(ZendeskJson.Options)
        ?? throw ZendeskException.Retry($"Zendesk answered {Status} without the expected {typeof(T).Name}");
}
