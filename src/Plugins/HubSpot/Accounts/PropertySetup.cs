using System.Text.Json;
using Connectors.Plugins.HubSpot.Client;
using Connectors.Plugins.HubSpot.Push;
using Microsoft.Extensions.Logging;

namespace Connectors.Plugins.HubSpot.Accounts;

/// <summary>
/// Creates the sink's custom properties once per process and account. "Already exists" (409) counts as done; a refused
/// definition is logged and skipped; a refused token, a rate limit or a 5xx is reported to the push that asked, and the
/// next push tries again.
/// </summary>
public sealed class PropertySetup
{
    private readonly Lock _gate = new();
    private Task<PushFailure?>? _running;
    private bool _done;

    /// <summary>Whether every property is known to exist.</summary>
    public bool Done
    {
        get
        {
            lock (_gate)
            {
                return _done;
            }
        }
    }

    internal async Task<PushFailure?> EnsureAsync(HubSpotClient client, string noteProperty, TimeProvider time, ILogger logger, CancellationToken ct)
    {
        Task<PushFailure?> running;
        lock (_gate)
        {
            if (_done)
            {
                return null;
            }

            running = _running ??= CreateAsync(client, noteProperty, time, logger, ct);
        }

        PushFailure? failure;
        try
        {
            failure = await running;
        }
        finally
        {
            lock (_gate)
            {
                _done = running.IsCompletedSuccessfully && running.Result is null;
                if (ReferenceEquals(_running, running))
                {
                    _running = null;
                }
            }
        }

        return failure;
    }

    private static async Task<PushFailure?> CreateAsync(HubSpotClient client, string noteProperty, TimeProvider time, ILogger logger, CancellationToken ct)
    {
        foreach (var (objectType, name, body) in CustomProperties.All(noteProperty))
        {
            var response = await client.PostAsync($"crm/v3/properties/{objectType}", body, ct);
            if (response.Kind == ResponseKind.Ok)
            {
                logger.LogInformation("Created the HubSpot {ObjectType} property {Property}", objectType, name);
                continue;
            }

            if (response.Kind == ResponseKind.Rejected && response.Status != 409)
            {
                // Not worth failing every item for: only the items that write this property fail, with HubSpot's own
                // "does not exist" message, and the log says why. The next process start tries again.
                logger.LogError("HubSpot refused to create the {ObjectType} property {Property}: {Message}", objectType, name, response.Message);
                continue;
            }

            if (response.Status != 409)
            {
                return PushFailure.From(response, $"creation of the {objectType} property {name}", time.GetUtcNow());
            }

            if (objectType == "notes")
            {
                await WarnUnlessUniqueAsync(client, name, logger, ct);
            }
        }

        return null;
    }

    /// <summary>A note key property someone created by hand without unique values cannot stop duplicate notes: say so.</summary>
    private static async Task WarnUnlessUniqueAsync(HubSpotClient client, string name, ILogger logger, CancellationToken ct)
    {
        var existing = await client.GetAsync($"crm/v3/properties/notes/{name}", ct);
        if (existing.Json is { ValueKind: JsonValueKind.Object } json && json.TryGetProperty("hasUniqueValue", out var unique) && unique.ValueKind == JsonValueKind.False)
        {
            logger.LogError(
                "The HubSpot note property {Property} exists without unique values: a push retried after a lost answer can create a second note. " +
                "Use another notePropertyName, or recreate the property with hasUniqueValue", name);
        }
    }
}
