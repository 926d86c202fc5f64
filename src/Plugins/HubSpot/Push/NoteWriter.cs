using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Connectors.Plugins.HubSpot.Client;

namespace Connectors.Plugins.HubSpot.Push;

/// <summary>
/// Creates notes associated to their contact (<c>POST /crm/v3/objects/notes/batch/create</c>) and updates them
/// (<c>PATCH /crm/v3/objects/notes/{id}</c>). Every note carries the item's idempotency key in a unique property, so a
/// note HubSpot already made for a key (a push whose answer was lost) makes the create answer 409: those notes are
/// looked up by the key and reported done with their id, and only the rest are created, one by one.
/// </summary>
internal sealed partial class NoteWriter(HubSpotClient client, string keyProperty, TimeProvider time)
{
    /// <summary>HubSpot's HUBSPOT_DEFINED association type of note to contact.</summary>
    public const int NoteToContactTypeId = 202;

    private const int MaxInputs = 100;

    public async Task<Dictionary<string, ItemOutcome>> CreateAsync(IReadOnlyList<NoteJob> jobs, CancellationToken ct)
    {
        var outcomes = new Dictionary<string, ItemOutcome>(StringComparer.Ordinal);
        foreach (var chunk in jobs.Chunk(MaxInputs))
        {
            await CreateChunkAsync(chunk, outcomes, ct);
        }

        return outcomes;
    }

    /// <summary>Updates a note; <c>null</c> when HubSpot no longer has it (deleted there), so the caller can create it again.</summary>
    public async Task<ItemOutcome?> UpdateAsync(string id, NoteJob job, CancellationToken ct)
    {
        var body = new JsonObject { ["properties"] = Properties(job, withKey: false) };
        var response = await client.PatchAsync($"crm/v3/objects/notes/{Uri.EscapeDataString(id)}", body, ct);
        return response.Kind == ResponseKind.Ok ? ItemOutcome.Done(id)
            : response.Status == 404 ? null
            : ItemOutcome.Fail(PushFailure.From(response, "note update", time.GetUtcNow()));
    }

    private async Task CreateChunkAsync(NoteJob[] jobs, Dictionary<string, ItemOutcome> outcomes, CancellationToken ct)
    {
        var body = new JsonObject { ["inputs"] = new JsonArray([.. jobs.Select(j => (JsonNode)Input(j))]) };
        var response = await client.PostAsync("crm/v3/objects/notes/batch/create", body, ct);
        if (response.Kind == ResponseKind.Ok)
        {
            var created = KeyedIds(response.Json!.Value);
            foreach (var job in jobs)
            {
                outcomes[job.Key] = created.TryGetValue(job.Key, out var id)
                    ? ItemOutcome.Done(id)
                    : ItemOutcome.Fail(PushFailure.Retry("HubSpot's answer to the note batch had no result for this item"));
            }

            return;
        }

        // Batch create is all or nothing: a conflict or one invalid note refuses every note in it. Sort them out.
        if (response.Status == 409 || (response.Kind == ResponseKind.Rejected && jobs.Length > 1))
        {
            var existing = response.Status == 409 ? await FindAsync([.. jobs.Select(j => j.Key)], ct) : [];
            foreach (var job in jobs)
            {
                if (existing.TryGetValue(job.Key, out var id))
                {
                    outcomes[job.Key] = ItemOutcome.Done(id);
                }
                else if (outcomes.Values.FirstOrDefault(o => o.Failure?.StopsRun == true) is { } stop)
                {
                    outcomes[job.Key] = stop;
                }
                else
                {
                    outcomes[job.Key] = await CreateOneAsync(job, ct);
                }
            }

            return;
        }

        var failure = PushFailure.From(response, "note creation", time.GetUtcNow());
        foreach (var job in jobs)
        {
            outcomes[job.Key] = ItemOutcome.Fail(failure);
        }
    }

    private async Task<ItemOutcome> CreateOneAsync(NoteJob job, CancellationToken ct)
    {
        var response = await client.PostAsync("crm/v3/objects/notes", Input(job), ct);
        if (response.Kind == ResponseKind.Ok && HubSpotResponse.Text(response.Json, "id") is { } id)
        {
            return ItemOutcome.Done(id);
        }

        if (response.Status == 409)
        {
            // HubSpot names the note holding the key; search is the fallback (its index can lag a fresh note by seconds).
            var named = ExistingId().Match(HubSpotResponse.Text(response.Json, "message") ?? response.Message);
            if (named.Success)
            {
                return ItemOutcome.Done(named.Groups[1].Value);
            }

            return (await FindAsync([job.Key], ct)).TryGetValue(job.Key, out var found)
                ? ItemOutcome.Done(found)
                : ItemOutcome.Fail(PushFailure.Retry($"HubSpot reports a note with {keyProperty} {job.Key} exists but did not name or find it: {response.Message}"));
        }

        return ItemOutcome.Fail(PushFailure.From(response, "note", time.GetUtcNow()));
    }

    /// <summary>The ids of the notes holding any of the keys; empty when the search fails (the caller then creates one by one).</summary>
    private async Task<Dictionary<string, string>> FindAsync(IReadOnlyList<string> keys, CancellationToken ct)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        var body = new JsonObject
        {
            ["filterGroups"] = new JsonArray(new JsonObject
            {
                ["filters"] = new JsonArray(new JsonObject
                {
                    ["propertyName"] = keyProperty,
                    ["operator"] = "IN",
                    ["values"] = new JsonArray([.. keys.Select(k => (JsonNode)k)]),
                }),
            }),
            ["properties"] = new JsonArray(keyProperty),
            ["limit"] = MaxInputs,
        };
        var response = await client.SearchAsync("notes", body, ct);
        return response.Kind == ResponseKind.Ok ? KeyedIds(response.Json!.Value) : found;
    }

    private Dictionary<string, string> KeyedIds(JsonElement body)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        if (body.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Array)
        {
            foreach (var result in results.EnumerateArray())
            {
                if (result.TryGetProperty("properties", out var p) && HubSpotResponse.Text(p, keyProperty) is { } key && HubSpotResponse.Text(result, "id") is { } id)
                {
                    ids[key] = id;
                }
            }
        }

        return ids;
    }

    private JsonObject Input(NoteJob job) => new()
    {
        ["properties"] = Properties(job, withKey: true),
        ["associations"] = new JsonArray(new JsonObject
        {
            ["to"] = new JsonObject { ["id"] = job.ContactId },
            ["types"] = new JsonArray(new JsonObject { ["associationCategory"] = "HUBSPOT_DEFINED", ["associationTypeId"] = NoteToContactTypeId }),
        }),
    };

    private JsonObject Properties(NoteJob job, bool withKey)
    {
        var properties = new JsonObject(job.Properties.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value)));
        if (!withKey)
        {
            // The key stays as created: an update never needs to touch the unique property.
            properties.Remove(keyProperty);
        }

        return properties;
    }

    [GeneratedRegex(@"Existing ID: (\d+)")]
    private static partial Regex ExistingId();
}
