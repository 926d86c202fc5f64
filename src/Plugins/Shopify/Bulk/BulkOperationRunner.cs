using Connectors.Plugins.Shopify.Client;
using Connectors.Plugins.Shopify.Client.Models;
using Microsoft.Extensions.Logging;

namespace Connectors.Plugins.Shopify.Bulk;

/// <summary>
/// Starts a bulk query and waits for it. Shopify runs one bulk query per app and shop at a time: when another is
/// running, the same query (a run of ours whose checkpoint was lost) is adopted, and any other is waited for.
/// </summary>
internal sealed class BulkOperationRunner(ShopifyApi api, ShopifyOptions options, TimeProvider time, ILogger logger)
{
    /// <summary>How long to wait for someone else's bulk operation before giving up with a clear error.</summary>
    public static readonly TimeSpan MaxWaitForOther = TimeSpan.FromHours(2);

    public async Task<BulkOperationDto> StartAsync(string query, CancellationToken cancellationToken)
    {
        var waitingSince = time.GetTimestamp();
        while (true)
        {
            var payload = await api.RunBulkAsync(query, cancellationToken);
            if (payload.BulkOperation is { Id: not null } started)
            {
                logger.LogInformation("Started bulk operation {Id} on {Shop}", started.Id, options.ShopDomain);
                return started;
            }

            var errors = string.Join("; ", payload.UserErrors.Select(e => e.Message));
            if (!errors.Contains("in progress", StringComparison.OrdinalIgnoreCase) && !errors.Contains("already", StringComparison.OrdinalIgnoreCase))
            {
                throw new ShopifyApiException($"Shopify refused the bulk query on {options.ShopDomain}: {(errors.Length > 0 ? errors : "no operation and no reason")}");
            }

            var current = await api.CurrentBulkOperationAsync(cancellationToken);
            if (current is { Id: not null } && !BulkStatus.IsFinished(current.Status) && SameQuery(current.Query, query))
            {
                logger.LogInformation("Re-attaching to bulk operation {Id} already running the same query", current.Id);
                return current;
            }

            if (time.GetElapsedTime(waitingSince) > MaxWaitForOther)
            {
                throw new ShopifyApiException(
                    $"another bulk operation ({current?.Id ?? "unknown id"}, {current?.Status ?? "unknown status"}) has kept {options.ShopDomain} busy for " +
                    $"over {MaxWaitForOther.TotalHours:0} hours; Shopify runs one bulk query per app and shop: cancel it (bulkOperationCancel) or wait, then run again");
            }

            logger.LogInformation("Bulk operation {Id} ({Status}) is running on {Shop}; waiting for it to finish", current?.Id, current?.Status, options.ShopDomain);
            await Task.Delay(options.BulkPollInterval, time, cancellationToken);
        }
    }

    /// <summary>Polls until the operation is finished; <c>null</c> when Shopify no longer knows it.</summary>
    public async Task<BulkOperationDto?> WaitAsync(string id, CancellationToken cancellationToken)
    {
        while (true)
        {
            var operation = await api.BulkOperationAsync(id, cancellationToken);
            if (operation is null || BulkStatus.IsFinished(operation.Status))
            {
                return operation;
            }

            await Task.Delay(options.BulkPollInterval, time, cancellationToken);
        }
    }

    private static bool SameQuery(string? a, string b) =>
        a is not null && string.Equals(Squash(a), Squash(b), StringComparison.Ordinal);

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
