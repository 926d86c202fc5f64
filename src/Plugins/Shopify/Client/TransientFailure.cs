namespace Connectors.Plugins.Shopify.Client;

/// <summary>A failure worth trying again (5xx, timeout, truncated body), carried out of the attempt to the retry loop.</summary>
internal sealed class TransientFailure(string reason, Exception? cause = null)
{
    public string Reason { get; } = reason;

    public Exception? Cause { get; } = cause;
}
