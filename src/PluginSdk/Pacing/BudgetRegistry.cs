using System.Collections.Concurrent;

namespace Connectors.PluginSdk.Pacing;

/// <summary>
/// One budget per account for the life of the host: vendors count requests per account or token, so every connector
/// instance, stream and job on the same account must draw on one budget. Register it as a singleton in
/// <c>ConfigureServices</c> (<c>services.TryAddSingleton&lt;BudgetRegistry&lt;MyPacer&gt;&gt;()</c>) and get the
/// budget in <c>CreateConnector</c>.
/// </summary>
/// <typeparam name="TBudget">The plugin's pacer or token bucket; it must be safe to share between threads.</typeparam>
public sealed class BudgetRegistry<TBudget>
    where TBudget : class
{
    private readonly ConcurrentDictionary<BudgetKey, TBudget> _budgets = new();

    /// <summary>The budget of <paramref name="key"/>, made by <paramref name="create"/> on first use.</summary>
    public TBudget Get(BudgetKey key, Func<TBudget> create) => _budgets.GetOrAdd(key, static (_, make) => make(), create);

    /// <summary>How many accounts have a budget.</summary>
    public int Count => _budgets.Count;
}
