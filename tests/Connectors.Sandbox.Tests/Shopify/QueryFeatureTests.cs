namespace Connectors.Sandbox.Tests.Shopify;

public sealed class QueryFeatureTests
{
    [Fact]
    public async Task Fragments_aliases_typename_variables_and_directives_work_together()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 10);
        const string query = """
            query Customers($n: Int!, $withOrders: Boolean!) {
              first: customers(first: $n) { nodes { ...Identity kind: __typename } }
              again: customers(first: 1, sortKey: ID) {
                edges { node { ... on Customer { id } orders(first: 2) @include(if: $withOrders) { nodes { id } } } }
              }
            }
            fragment Identity on Customer { id firstName ...Consent }
            fragment Consent on Customer { emailMarketingConsent { marketingState } id }
            """;
        var answer = await sandbox.QueryAsync(query, new { n = 2, withOrders = false });
        Assert.False(answer.HasErrors, answer.Body);
        var first = answer.Data.GetProperty("first").GetProperty("nodes")[0];
        Assert.Equal("Customer", first.GetProperty("kind").GetString());
        Assert.Equal("gid://shopify/Customer/7000000000000", first.GetProperty("id").GetString());
        Assert.True(first.TryGetProperty("firstName", out _));
        Assert.Equal(4, first.EnumerateObject().Count());
        var node = answer.Data.GetProperty("again").GetProperty("edges")[0].GetProperty("node");
        Assert.False(node.TryGetProperty("orders", out _));
    }

    [Fact]
    public async Task Customer_fields_of_sources_md_are_served_with_shopifys_types()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 50);
        var answer = await sandbox.QueryAsync("""
            { customers(first: 50) { nodes {
                id firstName lastName email phone createdAt updatedAt numberOfOrders state tags note verifiedEmail locale
                amountSpent { amount currencyCode }
                defaultAddress { countryCodeV2 country city }
                defaultEmailAddress { emailAddress marketingState }
                defaultPhoneNumber { phoneNumber marketingState marketingCollectedFrom }
                emailMarketingConsent { marketingState marketingOptInLevel consentUpdatedAt }
                smsMarketingConsent { marketingState marketingOptInLevel consentUpdatedAt consentCollectedFrom }
            } } }
            """);
        Assert.False(answer.HasErrors, answer.Body);
        var nodes = answer.Data.GetProperty("customers").GetProperty("nodes").EnumerateArray().ToList();
        Assert.All(nodes, n => Assert.Equal(System.Text.Json.JsonValueKind.String, n.GetProperty("numberOfOrders").ValueKind));
        Assert.Contains(nodes, n => n.GetProperty("defaultPhoneNumber").ValueKind == System.Text.Json.JsonValueKind.Object);
        Assert.Contains(nodes, n => n.GetProperty("smsMarketingConsent").ValueKind == System.Text.Json.JsonValueKind.Null);
        Assert.Contains(nodes, n => n.GetProperty("note").ValueKind == System.Text.Json.JsonValueKind.String);
        Assert.All(nodes, n => Assert.EndsWith("Z", n.GetProperty("updatedAt").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Single_lookups_node_and_shop()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 5);
        var answer = await sandbox.QueryAsync("""
            {
              customer(id: "gid://shopify/Customer/7000000000002") { id }
              missing: customer(id: "gid://shopify/Customer/1") { id }
              node(id: "gid://shopify/Customer/7000000000001") { __typename id ... on Customer { lastName } ... on Order { name } }
              shop { name myshopifyDomain currencyCode plan { displayName shopifyPlus } }
            }
            """);
        Assert.False(answer.HasErrors, answer.Body);
        Assert.Equal("gid://shopify/Customer/7000000000002", answer.Data.GetProperty("customer").GetProperty("id").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, answer.Data.GetProperty("missing").ValueKind);
        var node = answer.Data.GetProperty("node");
        Assert.Equal("Customer", node.GetProperty("__typename").GetString());
        Assert.True(node.TryGetProperty("lastName", out _));
        Assert.False(node.TryGetProperty("name", out _));
        Assert.Equal("sandbox-shop.myshopify.com", answer.Data.GetProperty("shop").GetProperty("myshopifyDomain").GetString());
    }

    [Fact]
    public async Task Raw_application_graphql_bodies_are_accepted()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 2);
        using var request = new HttpRequestMessage(HttpMethod.Post, "admin/api/2025-01/graphql.json")
        {
            Content = new StringContent("{ shop { name } }", System.Text.Encoding.UTF8, "application/graphql"),
        };
        request.Headers.Add("X-Shopify-Access-Token", Connectors.Sandbox.Shopify.ShopifyDefaults.AccessToken);
        using var response = await sandbox.Http.SendAsync(request);
        Assert.Contains("\"name\":\"sandbox-shop\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
