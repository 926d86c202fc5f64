namespace Connectors.Plugins.Shopify.Bulk;

/// <summary>The <c>BulkOperationStatus</c> values the runner distinguishes.</summary>
internal static class BulkStatus
{
    public const string Completed = "COMPLETED";
    public const string Failed = "FAILED";
    public const string Canceled = "CANCELED";
    public const string Expired = "EXPIRED";

    /// <summary>CREATED, RUNNING and CANCELING still move; the others are final.</summary>
    public static bool IsFinished(string? status) => status is Completed or Failed or Canceled or Expired;
}
