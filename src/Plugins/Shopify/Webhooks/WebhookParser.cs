using System.Text.Json;
using Connectors.Abstractions;
using Connectors.Plugins.Shopify.Client.Models;
using Connectors.Plugins.Shopify.Streams;

namespace Connectors.Plugins.Shopify.Webhooks;

/// <summary>
/// Turns <c>customers/create|update</c> and <c>orders/create|updated</c> deliveries into the same records the streams
/// yield, by translating the REST payload into the GraphQL node shape and reusing the stream mappers.
/// </summary>
internal sealed class WebhookParser(string shopHandle)
{
    public static IReadOnlyList<string> Topics { get; } = ["customers/create", "customers/update", "orders/create", "orders/updated"];

    public SourceBatch Parse(WebhookRequest request)
    {
        var topic = WebhookHeaders.Get(request, WebhookHeaders.Topic)?.Trim().ToLowerInvariant();
        var location = $"webhook {WebhookHeaders.Get(request, WebhookHeaders.WebhookId) ?? "(no id)"} ({topic ?? "no topic"})";
        try
        {
            return topic switch
            {
                "customers/create" or "customers/update" => FromCustomer(Read(request, WebhookJsonContext.Default.WebhookCustomer)),
                "orders/create" or "orders/updated" => FromOrder(Read(request, WebhookJsonContext.Default.WebhookOrder)),
                _ => Problem(location, $"topic '{topic}' is not handled; subscribe the webhook to {string.Join(", ", Topics)} only"),
            };
        }
        catch (JsonException ex)
        {
            return Problem(location, $"the payload is not the JSON Shopify sends for this topic: {ex.Message}");
        }
    }

    private static T Read<T>(WebhookRequest request, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        JsonSerializer.Deserialize(request.Body.Span, type) ?? throw new JsonException("the payload is null");

    private static SourceBatch FromCustomer(WebhookCustomer payload)
    {
        if (payload.Id <= 0)
        {
            throw new JsonException("the customer has no id");
        }

        var node = new CustomerNode
        {
            Id = ShopifyGid.Customer(payload.Id),
            Email = payload.Email,
            Phone = payload.Phone,
            FirstName = payload.FirstName,
            LastName = payload.LastName,
            Locale = payload.Locale,
            UpdatedAt = payload.UpdatedAt ?? default,
            Tags = [.. (payload.Tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            DefaultAddress = payload.DefaultAddress?.CountryCode is { } country ? new MailingAddressDto { CountryCodeV2 = country } : null,
            EmailMarketingConsent = Consent(payload.EmailMarketingConsent),
            SmsMarketingConsent = Consent(payload.SmsMarketingConsent),
        };
        var record = CustomerMapper.ToRecord(node);
        return new SourceBatch { Customers = [payload.UpdatedAt is null ? record with { SeenAt = null } : record] };
    }

    private SourceBatch FromOrder(WebhookOrder payload)
    {
        if (payload.Id <= 0)
        {
            throw new JsonException("the order has no id");
        }

        var created = payload.CreatedAt ?? payload.UpdatedAt ?? throw new JsonException("the order has neither created_at nor updated_at");
        var node = new OrderNode
        {
            Id = ShopifyGid.Order(payload.Id),
            Name = payload.Name,
            Email = payload.Email,
            Note = payload.Note,
            CustomerLocale = payload.CustomerLocale,
            CreatedAt = created,
            UpdatedAt = payload.UpdatedAt ?? created,
            Customer = payload.Customer?.Id is { } customerId and > 0 ? new NodeRef { Id = ShopifyGid.Customer(customerId) } : null,
        };
        var mapped = OrderMapper.Map(node, shopHandle);
        return new SourceBatch
        {
            Customers = mapped.Customer is null ? [] : [mapped.Customer],
            Feedback = mapped.Feedback is null ? [] : [mapped.Feedback],
        };
    }

    private static MarketingConsentDto? Consent(WebhookConsent? consent) => consent?.State is null ? null : new MarketingConsentDto
    {
        MarketingState = consent.State.ToUpperInvariant(),
        MarketingOptInLevel = consent.OptInLevel?.ToUpperInvariant(),
        ConsentUpdatedAt = consent.ConsentUpdatedAt,
    };

    private static SourceBatch Problem(string location, string reason) => new() { Problems = [new SourceProblem(location, reason)] };
}
