using System.Globalization;
using Connectors.Host.Identity;
using Connectors.Host.Store;
using Microsoft.EntityFrameworkCore;

namespace Connectors.Host.Cli;

/// <summary>Finds a customer from what an operator types: an id, an email address or a phone number.</summary>
internal static class CustomerLookup
{
    /// <summary>The customer's id, or an error that says what was looked for and how to find it instead.</summary>
    public static async Task<(long? Id, string? Error)> FindAsync(ConnectorsDbContext db, string what, CancellationToken ct)
    {
        if (long.TryParse(what, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            if (await db.Customers.AnyAsync(c => c.Id == id, ct))
            {
                return (id, null);
            }

            var kept = await db.CustomerMerges.Where(m => m.MergedCustomerId == id).OrderByDescending(m => m.Id).Select(m => (long?)m.KeptCustomerId).FirstOrDefaultAsync(ct);
            return kept is { } k ? (k, null) : (null, $"no customer {id}");
        }

        var (channel, value) = OperatorDecisions.ParseIdentity(what);
        var owner = await db.CustomerIdentities.Where(i => i.Channel == channel && i.ExternalId == value).Select(i => (long?)i.CustomerId).FirstOrDefaultAsync(ct);
        return owner is { } o ? (o, null) : (null, $"no customer has {channel} {value}");
    }
}
