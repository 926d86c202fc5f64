using System.Net;
using Connectors.Plugins.Shopify.Client;

namespace Connectors.Plugins.Shopify.Tests.Client;

/// <summary>The wire behaviour, through the source, against canned Shopify answers.</summary>
public sealed class ShopifyGraphQLClientTests : IDisposable
{
    private static readonly DateTimeOffset T = new(2025, 2, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly ShopifyTestHost _host = new(o => o.UseBulk = false);

    public void Dispose() => _host.Dispose();

    private static string OnePage() => ShopifyJson.CustomersPage([ShopifyJson.Customer(1, T)], hasNext: false, endCursor: "c1");

    [Fact]
    public async Task Requests_go_to_the_versioned_endpoint_with_the_token_and_query_and_variables()
    {
        _host.Shopify.Enqueue("CustomersPage", OnePage());

        await _host.ReadAllAsync("customers", null);

        var request = Assert.Single(_host.Shopify.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("http://127.0.0.1:5999/admin/api/2025-01/graphql.json", request.Uri.ToString());
        Assert.Equal("shpat_test", request.Headers["X-Shopify-Access-Token"]);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal("2", request.Variable("first"));
        Assert.Null(request.Variable("after"));
        Assert.Contains("sortKey: UPDATED_AT", request.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_throttled_answer_is_waited_out_from_the_reported_bucket_and_the_same_page_sent_again()
    {
        _host.Shopify
            .Enqueue("CustomersPage", ShopifyJson.Throttled(requested: 752, available: 100, restore: 50))
            .Enqueue("CustomersPage", OnePage());

        var batches = await _host.ReadAllAsync("customers", null);

        var requests = _host.Shopify.Operations("CustomersPage").ToList();
        Assert.Equal(2, requests.Count);
        Assert.Equal(requests[0].Body, requests[1].Body);
        // (752 - 100) / 50 = 13.04 s, never less; the upper bound allows for the driver's steps on a slow machine.
        var waited = requests[1].At - requests[0].At;
        Assert.InRange(waited, TimeSpan.FromSeconds(13.04), TimeSpan.FromSeconds(45));
        Assert.Single(batches.SelectMany(b => b.Customers));
    }

    [Fact]
    public async Task A_429_is_waited_out_by_its_retry_after_and_the_same_page_sent_again()
    {
        _host.Shopify
            .Enqueue("CustomersPage", _ =>
            {
                var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Content = new StringContent("Too Many Requests") };
                response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(2));
                return response;
            })
            .Enqueue("CustomersPage", OnePage());

        var batches = await _host.ReadAllAsync("customers", null);

        var requests = _host.Shopify.Operations("CustomersPage").ToList();
        Assert.Equal(2, requests.Count);
        Assert.InRange(requests[1].At - requests[0].At, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(30));
        Assert.Single(batches.SelectMany(b => b.Customers));
    }

    [Fact]
    public async Task A_429_with_a_throttled_body_uses_the_reported_bucket()
    {
        _host.Shopify
            .Enqueue("CustomersPage", ShopifyJson.Throttled(requested: 300, available: 0, restore: 100), HttpStatusCode.TooManyRequests)
            .Enqueue("CustomersPage", OnePage());

        await _host.ReadAllAsync("customers", null);

        var requests = _host.Shopify.Operations("CustomersPage").ToList();
        Assert.InRange(requests[1].At - requests[0].At, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Before_a_query_the_learned_cost_is_awaited_so_a_paced_run_is_never_throttled()
    {
        // The first page leaves 10 points; the next page (cost 252 learned) waits (252 - 10) / 100 = 2.42 s.
        _host.Shopify
            .Enqueue("CustomersPage", ShopifyJson.CustomersPage([ShopifyJson.Customer(1, T)], true, "c1", requested: 252, available: 10))
            .Enqueue("CustomersPage", ShopifyJson.CustomersPage([ShopifyJson.Customer(2, T)], false, "c2"));

        await _host.ReadAllAsync("customers", null);

        var requests = _host.Shopify.Operations("CustomersPage").ToList();
        Assert.InRange(requests[1].At - requests[0].At, TimeSpan.FromSeconds(2.42), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_truncated_body_retries_the_same_page()
    {
        _host.Shopify
            .Enqueue("CustomersPage", _ => FakeShopify.Truncated(OnePage()))
            .Enqueue("CustomersPage", OnePage());

        var batches = await _host.ReadAllAsync("customers", null);

        Assert.Equal(2, _host.Shopify.Requests.Count);
        Assert.Single(batches.SelectMany(b => b.Customers));
    }

    [Fact]
    public async Task Server_errors_are_retried_with_backoff_then_reported()
    {
        _host.Shopify.Fallback = _ => new HttpResponseMessage(HttpStatusCode.BadGateway);

        var error = await Assert.ThrowsAsync<ShopifyApiException>(() => _host.ReadAllAsync("customers", null, TimeSpan.FromSeconds(1)));

        Assert.Equal(RetryPolicy.TransientAttempts, _host.Shopify.Requests.Count);
        Assert.Contains("failed 5 times: HTTP 502", error.Message, StringComparison.Ordinal);
        var gaps = _host.Shopify.Requests.Zip(_host.Shopify.Requests.Skip(1), (a, b) => b.At - a.At).ToList();
        // The fake clock may also move while the client computes (the driver advances it whenever the code is busy),
        // so each gap is bounded below by its backoff rather than compared with its neighbour.
        Assert.All(gaps.Select((gap, i) => (gap, expected: RetryPolicy.Backoff(i + 1))), g => Assert.True(g.gap >= g.expected, $"{g.gap} >= {g.expected}"));
        Assert.True(gaps[^1] >= RetryPolicy.Backoff(gaps.Count), "the backoff grows to its last step");
    }

    [Fact]
    public async Task A_schema_error_is_not_retried_and_names_the_message_code_and_path()
    {
        _host.Shopify.Enqueue("CustomersPage",
            "{\"errors\":[{\"message\":\"Field 'favouriteColour' doesn't exist on type 'Customer'\",\"path\":[\"query CustomersPage\",\"customers\",\"nodes\",\"favouriteColour\"],\"extensions\":{\"code\":\"undefinedField\"}}]}");

        var error = await Assert.ThrowsAsync<ShopifyApiException>(() => _host.ReadAllAsync("customers", null));

        Assert.Single(_host.Shopify.Requests);
        Assert.Equal("undefinedField", error.Code);
        Assert.Contains("Field 'favouriteColour' doesn't exist on type 'Customer' [undefinedField] at query CustomersPage.customers.nodes.favouriteColour", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_check_reads_the_shop_name()
    {
        _host.Shopify.Enqueue("Shop", ShopifyJson.Data("{\"shop\":{\"name\":\"Acme EU\"}}"));

        var result = await _host.Source.CheckAsync(CancellationToken.None);

        Assert.True(result.Ok);
        Assert.Equal("connected to Acme EU (acme-eu.myshopify.com), Admin API 2025-01", result.Message);
        Assert.Equal("query Shop { shop { name } }", _host.Shopify.Requests[0].Query);
    }

    [Fact]
    public async Task The_check_explains_a_refused_token()
    {
        _host.Shopify.Enqueue("Shop", "{\"errors\":\"[API] Invalid API key or access token (unrecognized login or wrong password)\"}", HttpStatusCode.Unauthorized);

        var result = await _host.Source.CheckAsync(CancellationToken.None);

        Assert.False(result.Ok);
        Assert.StartsWith("the access token was refused by acme-eu.myshopify.com; create an Admin API access token with read_customers and read_orders scopes", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_scope_is_reported_without_retrying()
    {
        _host.Shopify.Enqueue("CustomersPage", "{\"errors\":\"forbidden\"}", HttpStatusCode.Forbidden);

        var error = await Assert.ThrowsAsync<ShopifyApiException>(() => _host.ReadAllAsync("customers", null));

        Assert.Single(_host.Shopify.Requests);
        Assert.Contains("read_customers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task From_2025_04_the_customer_query_uses_the_default_contact_fields_and_maps_them()
    {
        using var host = new ShopifyTestHost(o => { o.UseBulk = false; o.ApiVersion = "2025-04"; });
        host.Shopify.Enqueue("CustomersPage", ShopifyJson.CustomersPage(
            ["{\"id\":\"gid://shopify/Customer/5\",\"updatedAt\":\"2025-02-01T00:00:00Z\",\"tags\":[],\"locale\":\"en\"," +
             "\"defaultEmailAddress\":{\"emailAddress\":\"new@example.com\",\"marketingState\":\"SUBSCRIBED\"}," +
             "\"defaultPhoneNumber\":{\"phoneNumber\":\"+15550001111\",\"marketingState\":\"NOT_SUBSCRIBED\"}," +
             "\"emailMarketingConsent\":null,\"smsMarketingConsent\":null,\"defaultAddress\":null}"], false, "c"));

        var customer = Assert.Single((await host.ReadAllAsync("customers", null)).SelectMany(b => b.Customers));

        Assert.EndsWith("/admin/api/2025-04/graphql.json", host.Shopify.Requests[0].Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("defaultEmailAddress { emailAddress marketingState }", host.Shopify.Requests[0].Query, StringComparison.Ordinal);
        Assert.Equal("new@example.com", customer.Email);
        Assert.Equal("+15550001111", customer.Phone);
        Assert.True(customer.EmailMarketingConsent!.Granted);
        Assert.False(customer.SmsConsent!.Granted);
    }
}
