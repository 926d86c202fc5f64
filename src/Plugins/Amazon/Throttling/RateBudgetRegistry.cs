using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Connectors.Plugins.Amazon.Throttling;

/// <summary>
/// One <see cref="RateBudget"/> per seller authorisation (application and refresh token) and operation, for the life of
/// the host: Amazon's usage plans are per selling partner and application, so every connector instance, stream and job
/// with the same credentials draws on the same buckets. Registered as a singleton by <see cref="AmazonPlugin.ConfigureServices"/>.
/// </summary>
public sealed class RateBudgetRegistry
{
    private readonly ConcurrentDictionary<string, RateBudget> _budgets = new(StringComparer.Ordinal);

    internal RateBudget Get(string clientId, string refreshToken, string operation, TimeProvider time) =>
        _budgets.GetOrAdd(Key(clientId, refreshToken, operation), static (_, a) => new RateBudget(UsagePlans.For(a.operation), a.time), (operation, time));

    /// <summary>Requests sent and refused with 429 per operation, for one seller authorisation.</summary>
    public IReadOnlyDictionary<string, (long Taken, long Throttled)> Usage(string clientId, string refreshToken) =>
        UsagePlans.Operations
            .Where(op => _budgets.ContainsKey(Key(clientId, refreshToken, op)))
            .ToDictionary(op => op, op => { var b = _budgets[Key(clientId, refreshToken, op)]; return (b.Taken, b.Throttled); }, StringComparer.Ordinal);

    // The refresh token is hashed so the registry never holds it as a readable key.
    private static string Key(string clientId, string refreshToken, string operation) =>
        $"{clientId}|{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(refreshToken)))}|{operation}";
}
