using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Connectors.Plugins.HubSpot.Client;

namespace Connectors.Plugins.HubSpot.Push;

/// <summary>
/// Upserts contacts by email with <c>POST /crm/v3/objects/contacts/batch/upsert</c> and reports an outcome per email.
/// A 207 fails only the inputs HubSpot named. A batch refused as a whole (4xx) is sent again one contact at a time,
/// so one poison contact is dead-lettered alone instead of taking the other 99 with it.
/// </summary>
internal sealed class ContactUpserter(HubSpotClient client, TimeProvider time)
{
    private const int MaxInputs = 100;

    public async Task<Dictionary<string, ItemOutcome>> UpsertAsync(IReadOnlyList<ContactInput> inputs, CancellationToken ct)
    {
        var outcomes = new Dictionary<string, ItemOutcome>(StringComparer.Ordinal);
        foreach (var chunk in inputs.Chunk(MaxInputs))
        {
            await UpsertChunkAsync(chunk, outcomes, ct);
        }

        return outcomes;
    }

    private async Task UpsertChunkAsync(ContactInput[] inputs, Dictionary<string, ItemOutcome> outcomes, CancellationToken ct)
    {
        var response = await client.PostAsync("crm/v3/objects/contacts/batch/upsert", Body(inputs), ct);
        if (response.Kind == ResponseKind.Ok)
        {
            Read(response.Json!.Value, inputs, outcomes);
            return;
        }

        if (response.Kind == ResponseKind.Rejected && inputs.Length > 1)
        {
            foreach (var input in inputs)
            {
                if (outcomes.Values.FirstOrDefault(o => o.Failure?.StopsRun == true) is { } stop)
                {
                    outcomes[input.Email] = stop;
                    continue;
                }

                await UpsertChunkAsync([input], outcomes, ct);
            }

            return;
        }

        var failure = PushFailure.From(response, "contact upsert", time.GetUtcNow());
        foreach (var input in inputs)
        {
            outcomes[input.Email] = ItemOutcome.Fail(failure);
        }
    }

    /// <summary>Inputs carry their position as <c>objectWriteTraceId</c>; results and errors are matched by it, or by email.</summary>
    private static JsonObject Body(ContactInput[] inputs) => new()
    {
        ["inputs"] = new JsonArray([.. inputs.Select((input, i) => (JsonNode)new JsonObject
        {
            ["idProperty"] = "email",
            ["id"] = input.Email,
            ["objectWriteTraceId"] = i.ToString(CultureInfo.InvariantCulture),
            ["properties"] = new JsonObject(input.Properties.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
        })]),
    };

    private static void Read(JsonElement body, ContactInput[] inputs, Dictionary<string, ItemOutcome> outcomes)
    {
        if (body.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Array)
        {
            foreach (var result in results.EnumerateArray())
            {
                var email = Match(inputs, HubSpotResponse.Text(result, "objectWriteTraceId"),
                    result.TryGetProperty("properties", out var p) ? HubSpotResponse.Text(p, "email") : null);
                if (email is not null && HubSpotResponse.Text(result, "id") is { } id)
                {
                    outcomes[email] = ItemOutcome.Done(id);
                }
            }
        }

        if (body.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
        {
            foreach (var error in errors.EnumerateArray())
            {
                var context = error.TryGetProperty("context", out var c) ? c : default;
                var email = Match(inputs, First(context, "objectWriteTraceId"), First(context, "ids"));
                if (email is not null)
                {
                    var message = HubSpotResponse.MessageOf(error) ?? "no message";
                    outcomes[email] = ItemOutcome.Fail(PushFailure.Failed($"HubSpot rejected the contact ({HubSpotResponse.Text(error, "category")}): {message}"));
                }
            }
        }

        foreach (var input in inputs.Where(i => !outcomes.ContainsKey(i.Email)))
        {
            outcomes[input.Email] = ItemOutcome.Fail(PushFailure.Retry($"HubSpot's answer to the contact upsert had no result for {input.Email}"));
        }
    }

    private static string? Match(ContactInput[] inputs, string? trace, string? email)
    {
        if (int.TryParse(trace, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < inputs.Length)
        {
            return inputs[i].Email;
        }

        var normalized = Mapping.Emails.Normalize(email);
        return inputs.FirstOrDefault(input => input.Email == normalized)?.Email;
    }

    private static string? First(JsonElement context, string name) =>
        context.ValueKind == JsonValueKind.Object && context.TryGetProperty(name, out var values) && values.ValueKind == JsonValueKind.Array && values.GetArrayLength() > 0
            ? values[0].GetString()
            : null;
}
