using System.Security.Cryptography;
using System.Text;
using Connectors.Abstractions;

namespace Connectors.Plugins.Shopify.Tests.Webhooks;

public sealed class WebhookTests : IDisposable
{
    private const string CustomerPayload =
        """
        {"id":706405506930370084,"email":"bob@example.com","first_name":"Bob","last_name":"Norman","phone":"+16135551111",
         "updated_at":"2025-03-01T13:00:00-05:00","tags":"vip, newsletter ,","note":"likes blue","locale":"en",
         "email_marketing_consent":{"state":"subscribed","opt_in_level":"confirmed_opt_in","consent_updated_at":"2025-02-01T10:00:00-05:00"},
         "sms_marketing_consent":{"state":"not_subscribed","opt_in_level":"single_opt_in","consent_updated_at":null},
         "default_address":{"country_code":"CA"}}
        """;

    private const string OrderPayload =
        """
        {"id":820982911946154508,"name":"#9999","email":"jon@example.com","note":"Call before delivery","customer_locale":"fr",
         "customer":{"id":115310627314723954,"email":"john@example.com"},
         "created_at":"2025-03-01T12:00:00-05:00","updated_at":"2025-03-01T12:30:00-05:00"}
        """;

    private readonly ShopifyTestHost _host = new();

    public void Dispose() => _host.Dispose();

    private static string Sign(string body, string secret = "hush") =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    private static WebhookRequest Request(string body, string topic, IEqualityComparer<string>? comparer = null, params (string Name, string Value)[] headers)
    {
        var map = new Dictionary<string, string>(comparer ?? StringComparer.OrdinalIgnoreCase) { ["X-Shopify-Topic"] = topic };
        foreach (var (name, value) in headers)
        {
            map[name] = value;
        }

        return new WebhookRequest(map, Encoding.UTF8.GetBytes(body));
    }

    [Fact]
    public void A_correct_signature_is_accepted()
    {
        Assert.True(_host.Source.Verify(Request(CustomerPayload, "customers/update", null, ("X-Shopify-Hmac-SHA256", Sign(CustomerPayload)))));
    }

    [Fact]
    public void A_forged_signature_or_a_changed_body_is_refused()
    {
        Assert.False(_host.Source.Verify(Request(CustomerPayload, "customers/update", null, ("X-Shopify-Hmac-SHA256", Sign(CustomerPayload, "guess")))));
        Assert.False(_host.Source.Verify(Request(CustomerPayload + " ", "customers/update", null, ("X-Shopify-Hmac-SHA256", Sign(CustomerPayload)))));
        Assert.False(_host.Source.Verify(Request(CustomerPayload, "customers/update", null, ("X-Shopify-Hmac-SHA256", "not base64!"))));
        Assert.False(_host.Source.Verify(Request(CustomerPayload, "customers/update", null, ("X-Shopify-Hmac-SHA256", Convert.ToBase64String(new byte[16])))));
    }

    [Fact]
    public void The_header_is_found_whatever_its_case_even_in_a_case_sensitive_dictionary()
    {
        var request = Request(CustomerPayload, "customers/update", StringComparer.Ordinal, ("x-shopify-hmac-sha256", Sign(CustomerPayload)), ("x-shopify-webhook-id", "d-1"));

        Assert.True(_host.Source.Verify(request));
        Assert.Equal("d-1", _host.Source.DeliveryId(request));
    }

    [Fact]
    public void A_missing_header_or_secret_is_refused()
    {
        Assert.False(_host.Source.Verify(Request(CustomerPayload, "customers/update")));

        using var noSecret = new ShopifyTestHost(o => o.WebhookSecret = null);
        Assert.False(noSecret.Source.Verify(Request(CustomerPayload, "customers/update", null, ("X-Shopify-Hmac-SHA256", Sign(CustomerPayload)))));
    }

    [Fact]
    public void The_delivery_id_is_the_webhook_id_header()
    {
        Assert.Equal("b54557e4-bdd9-4b37-8a5f-bf7d70bcd043",
            _host.Source.DeliveryId(Request("{}", "orders/create", null, ("X-Shopify-Webhook-Id", "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043"))));
        Assert.Null(_host.Source.DeliveryId(Request("{}", "orders/create")));
    }

    [Theory]
    [InlineData("customers/create")]
    [InlineData("customers/update")]
    public void A_customer_delivery_becomes_the_same_customer_record_as_the_stream(string topic)
    {
        var batch = _host.Source.Parse(Request(CustomerPayload, topic));

        var customer = Assert.Single(batch.Customers);
        Assert.Equal("gid://shopify/Customer/706405506930370084", customer.SourceId);
        Assert.Equal(Channels.Shopify, customer.Channel);
        Assert.Equal("bob@example.com", customer.Email);
        Assert.Equal("+16135551111", customer.Phone);
        Assert.Equal("Bob Norman", customer.Name);
        Assert.Equal("en", customer.Locale);
        Assert.Equal("CA", customer.Country);
        Assert.Equal(["vip", "newsletter"], customer.Tags);
        Assert.Equal(new Consent(true, "shopify", new DateTimeOffset(2025, 2, 1, 10, 0, 0, TimeSpan.FromHours(-5))), customer.EmailMarketingConsent);
        Assert.Equal(new Consent(false, "shopify", null), customer.SmsConsent);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 18, 0, 0, TimeSpan.Zero), customer.SeenAt);
        Assert.Empty(batch.Problems);
    }

    [Theory]
    [InlineData("orders/create")]
    [InlineData("orders/updated")]
    public void An_order_delivery_links_the_customer_and_yields_its_note(string topic)
    {
        var batch = _host.Source.Parse(Request(OrderPayload, topic));

        var link = Assert.Single(batch.Customers);
        Assert.Equal("gid://shopify/Customer/115310627314723954", link.SourceId);
        Assert.Equal(["gid://shopify/Order/820982911946154508"], link.OrderIds);
        var note = Assert.Single(batch.Feedback);
        Assert.Equal("gid://shopify/Order/820982911946154508", note.SourceId);
        Assert.Equal(FeedbackKinds.OrderNote, note.Kind);
        Assert.Equal("#9999", note.OrderId);
        Assert.Equal("Call before delivery", note.Body);
        Assert.Equal("fr", note.Language);
        Assert.Equal("gid://shopify/Customer/115310627314723954", note.CustomerSourceId);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 17, 0, 0, TimeSpan.Zero), note.OccurredAt);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 17, 30, 0, TimeSpan.Zero), note.UpdatedAt);
        Assert.Equal(new Uri("https://admin.shopify.com/store/acme-eu/orders/820982911946154508"), note.Url);
    }

    [Fact]
    public void An_order_without_a_note_or_customer_yields_neither()
    {
        var batch = _host.Source.Parse(Request("{\"id\":5,\"name\":\"#5\",\"note\":null,\"customer\":null,\"created_at\":\"2025-03-01T12:00:00Z\"}", "orders/create"));

        Assert.Equal(0, batch.RecordCount);
        Assert.Empty(batch.Problems);
    }

    [Theory]
    [InlineData("products/update", "{}", "topic 'products/update' is not handled")]
    [InlineData("customers/update", "{\"id\":", "the payload is not the JSON Shopify sends")]
    [InlineData("customers/update", "{\"email\":\"x@example.com\"}", "the customer has no id")]
    public void A_delivery_that_cannot_be_read_becomes_a_problem_not_an_exception(string topic, string body, string reason)
    {
        var batch = _host.Source.Parse(Request(body, topic, null, ("X-Shopify-Webhook-Id", "w-9")));

        var problem = Assert.Single(batch.Problems);
        Assert.Equal($"webhook w-9 ({topic})", problem.Location);
        Assert.Contains(reason, problem.Reason, StringComparison.Ordinal);
    }
}
