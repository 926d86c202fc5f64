using System.Globalization;
using System.Text.Json;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Shopify.Data;

namespace Connectors.Sandbox.Shopify.Webhooks;

/// <summary>REST-style webhook bodies (snake_case, numeric ids, comma-joined tags) as Shopify sends them.</summary>
internal static class WebhookPayloads
{
    public static byte[] Customer(CustomerRecord customer, string currency)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, SandboxJson.WriterOptions))
        {
            WriteCustomer(w, customer, currency, full: true);
        }

        return stream.ToArray();
    }

    public static byte[] Order(OrderRecord order, CustomerRecord? customer, string currency)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, SandboxJson.WriterOptions))
        {
            w.WriteStartObject();
            w.WriteNumber("id", order.Id);
            w.WriteString("admin_graphql_api_id", ShopifyIds.Gid("Order", order.Id));
            w.WriteString("name", order.Name);
            w.WriteNumber("order_number", order.Id - ShopifyIds.OrderIdBase + 1001);
            Text(w, "email", order.Email);
            Text(w, "contact_email", order.Email);
            Text(w, "phone", order.Phone);
            Text(w, "note", order.Note);
            Text(w, "customer_locale", order.CustomerLocale);
            w.WriteString("tags", string.Join(", ", order.Tags));
            w.WriteString("created_at", Time(order.CreatedAt));
            w.WriteString("updated_at", Time(order.UpdatedAt));
            w.WriteString("processed_at", Time(order.CreatedAt));
            w.WriteString("financial_status", order.FinancialStatus.ToLowerInvariant());
            w.WriteString("total_price", order.TotalPrice.ToString("0.00", CultureInfo.InvariantCulture));
            w.WriteString("currency", order.Currency);
            w.WritePropertyName("customer");
            if (customer is null)
            {
                w.WriteNullValue();
            }
            else
            {
                WriteCustomer(w, customer, currency, full: false);
            }

            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteCustomer(Utf8JsonWriter w, CustomerRecord c, string currency, bool full)
    {
        w.WriteStartObject();
        w.WriteNumber("id", c.Id);
        Text(w, "email", c.Email);
        w.WriteString("created_at", Time(c.CreatedAt));
        w.WriteString("updated_at", Time(c.UpdatedAt));
        Text(w, "first_name", c.FirstName);
        Text(w, "last_name", c.LastName);
        w.WriteString("state", c.State.ToLowerInvariant());
        Text(w, "note", c.Note);
        w.WriteBoolean("verified_email", c.VerifiedEmail);
        w.WriteNull("multipass_identifier");
        w.WriteBoolean("tax_exempt", false);
        Text(w, "phone", c.Phone);
        w.WriteString("tags", string.Join(", ", c.Tags));
        w.WriteString("currency", currency);
        w.WriteString("admin_graphql_api_id", ShopifyIds.Gid("Customer", c.Id));
        w.WritePropertyName("email_marketing_consent");
        if (c.EmailMarketing is { } email)
        {
            w.WriteStartObject();
            w.WriteString("state", email.MarketingState.ToLowerInvariant());
            Text(w, "opt_in_level", email.MarketingOptInLevel?.ToLowerInvariant());
            Text(w, "consent_updated_at", email.ConsentUpdatedAt is { } at ? Time(at) : null);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNullValue();
        }

        w.WritePropertyName("sms_marketing_consent");
        if (c.SmsMarketing is { } sms)
        {
            w.WriteStartObject();
            w.WriteString("state", sms.MarketingState.ToLowerInvariant());
            w.WriteString("opt_in_level", sms.MarketingOptInLevel.ToLowerInvariant());
            Text(w, "consent_updated_at", sms.ConsentUpdatedAt is { } at ? Time(at) : null);
            Text(w, "consent_collected_from", sms.ConsentCollectedFrom);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNullValue();
        }

        if (full)
        {
            w.WritePropertyName("default_address");
            if (c.CountryCode is not null)
            {
                w.WriteStartObject();
                w.WriteNumber("customer_id", c.Id);
                Text(w, "first_name", c.FirstName);
                Text(w, "last_name", c.LastName);
                Text(w, "city", c.City);
                Text(w, "country", c.Country);
                Text(w, "country_code", c.CountryCode);
                w.WriteBoolean("default", true);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNullValue();
            }

            w.WriteStartArray("tax_exemptions");
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    /// <summary>REST timestamps carry the shop's offset (the sandbox shop is on UTC).</summary>
    private static string Time(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
