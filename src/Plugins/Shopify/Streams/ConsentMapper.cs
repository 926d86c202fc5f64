using Connectors.Abstractions;
using Connectors.Plugins.Shopify.Client.Models;

namespace Connectors.Plugins.Shopify.Streams;

/// <summary>Shopify marketing states to consent: only <c>SUBSCRIBED</c> is consent; pending, unsubscribed, invalid and redacted are not.</summary>
internal static class ConsentMapper
{
    public const string Source = Channels.Shopify;

    public static Consent? FromState(MarketingConsentDto? consent, string? fallbackState)
    {
        var state = consent?.MarketingState ?? fallbackState;
        return string.IsNullOrEmpty(state)
            ? null
            : new Consent(string.Equals(state, "SUBSCRIBED", StringComparison.OrdinalIgnoreCase), Source, consent?.ConsentUpdatedAt);
    }
}
