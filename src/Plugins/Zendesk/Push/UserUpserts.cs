using Connectors.Abstractions;
using Connectors.Plugins.Zendesk.Client;
using Connectors.Plugins.Zendesk.Client.Models;
using Connectors.Plugins.Zendesk.Mapping;

namespace Connectors.Plugins.Zendesk.Push;

/// <summary>
/// Creates or updates Zendesk users for one push. A customer with several items in the batch is sent once, and
/// a rejection is remembered so each of that customer's items fails with the same reason without asking again.
/// </summary>
internal sealed class UserUpserts(ZendeskApi api)
{
    private readonly Dictionary<string, long> _done = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ZendeskException> _rejected = new(StringComparer.Ordinal);

    /// <summary>The user's Zendesk id.</summary>
    /// <exception cref="ZendeskException">Zendesk rejected the user, or the request should be retried.</exception>
    public async Task<long> UpsertAsync(CustomerRecord customer, CancellationToken ct)
    {
        var payload = Payload(customer);
        var key = $"{payload.ExternalId}\n{payload.Name}\n{payload.Email}\n{payload.Phone}";
        if (_done.TryGetValue(key, out var id))
        {
            return id;
        }

        if (_rejected.TryGetValue(key, out var rejected))
        {
            throw rejected;
        }

        try
        {
            var user = await api.UpsertUserAsync(payload, ct);
            return _done[key] = user.Id!.Value;
        }
        catch (ZendeskException failure) when (failure.Outcome == SinkOutcome.Failed)
        {
            var reason = ZendeskException.Failed($"Zendesk refused the user {payload.ExternalId}: {failure.Message}");
            _rejected[key] = reason;
            throw reason;
        }
    }

    /// <summary>
    /// The user's fields. Zendesk needs a name to create a user; without one the email or phone stands in, as an
    /// agent would type it.
    /// </summary>
    public static UserPayload Payload(CustomerRecord customer)
    {
        var email = Blank(customer.Email);
        var phone = Blank(customer.Phone);
        var name = Blank(customer.Name) ?? email ?? phone ?? $"Customer {customer.SourceId}";
        return new UserPayload(name, email, phone, ExternalIds.ForUser(customer));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
