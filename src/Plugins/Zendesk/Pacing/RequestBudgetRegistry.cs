using System.Collections.Concurrent;

namespace Connectors.Plugins.Zendesk.Pacing;

/// <summary>
/// One <see cref="RequestBudget"/> per Zendesk account for the life of the host: Zendesk counts the per-minute limit
/// per account, so every connector instance and API token of the same account draws on one budget.
/// Registered as a singleton by <see cref="ZendeskPlugin.ConfigureServices"/>.
/// </summary>
public sealed class RequestBudgetRegistry
{
    private readonly ConcurrentDictionary<string, RequestBudget> _budgets = new(StringComparer.Ordinal);

    /// <summary>The budget of the account at <paramref name="baseAddress"/>, created on first use; a smaller configured limit wins.</summary>
    public RequestBudget Get(Uri baseAddress, int requestsPerMinute, TimeProvider time)
    {
        var key = baseAddress.GetLeftPart(UriPartial.Authority).ToLowerInvariant();
        var budget = _budgets.GetOrAdd(key, static (_, a) => new RequestBudget(a.time, a.requestsPerMinute), (time, requestsPerMinute));
        budget.LimitTo(requestsPerMinute);
        return budget;
    }
}
