using System.Net;

namespace Connectors.Sandbox.Tests.Shopify;

public sealed class ErrorShapeTests
{
    [Fact]
    public async Task Unknown_field_gets_shopifys_undefinedField_error()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 3);
        var answer = await sandbox.QueryAsync("{\n  customers(first: 1) {\n    nodes { id favouriteColour }\n  }\n}");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.False(answer.Json.TryGetProperty("data", out _));
        var error = answer.FirstError;
        Assert.Equal("Field 'favouriteColour' doesn't exist on type 'Customer'", error.GetProperty("message").GetString());
        Assert.Equal(3, error.GetProperty("locations")[0].GetProperty("line").GetInt32());
        Assert.Equal(16, error.GetProperty("locations")[0].GetProperty("column").GetInt32());
        Assert.Equal(["query", "customers", "nodes", "favouriteColour"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        var extensions = error.GetProperty("extensions");
        Assert.Equal("undefinedField", extensions.GetProperty("code").GetString());
        Assert.Equal("Customer", extensions.GetProperty("typeName").GetString());
        Assert.Equal("favouriteColour", extensions.GetProperty("fieldName").GetString());
    }

    [Fact]
    public async Task Every_problem_is_reported_at_once()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 3);
        var answer = await sandbox.QueryAsync("query Named { customers(first: 1, colour: RED) { nodes { id defaultAddress email { x } } } }");
        var codes = answer.Json.GetProperty("errors").EnumerateArray()
            .Select(e => e.GetProperty("extensions").GetProperty("code").GetString()).ToList();
        Assert.Equal(["argumentNotAccepted", "selectionMismatch", "selectionMismatch"], codes);
        Assert.Equal("query Named", answer.FirstError.GetProperty("path")[0].GetString());
        Assert.Equal("Field 'customers' doesn't accept argument 'colour'", answer.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Syntax_errors_carry_their_location()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 3);
        var answer = await sandbox.QueryAsync("{ customers(first: 1) { nodes { id }");
        var error = answer.FirstError;
        Assert.StartsWith("syntax error", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, error.GetProperty("locations")[0].GetProperty("line").GetInt32());
    }

    [Theory]
    [InlineData("{ customers(first: \"ten\") { nodes { id } } }", "argumentLiteralsIncompatible")]
    [InlineData("{ customers(first: 1, sortKey: COLOUR) { nodes { id } } }", "argumentLiteralsIncompatible")]
    [InlineData("{ customer { id } }", "missingRequiredArguments")]
    [InlineData("query($n: Int) { customers(first: $m) { nodes { id } } }", "variableNotDefined")]
    [InlineData("query($n: String) { customers(first: $n) { nodes { id } } }", "variableMismatch")]
    [InlineData("{ customers(first: 1) { nodes { ...Missing } } }", "useAndDefineFragment")]
    [InlineData("{ customers(first: 1) { nodes { ... on Order { id } } } }", "cannotSpreadFragment")]
    [InlineData("{ customers(first: 1) { nodes { id @deprecated } } }", "undefinedDirective")]
    public async Task Invalid_queries_get_coded_errors(string query, string code)
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 3);
        var answer = await sandbox.QueryAsync(query);
        Assert.Contains(answer.Json.GetProperty("errors").EnumerateArray(),
            e => e.TryGetProperty("extensions", out var x) && x.GetProperty("code").GetString() == code);
    }

    [Fact]
    public async Task Wrong_token_gets_401_with_shopifys_body()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 3);
        var answer = await sandbox.QueryAsync("{ shop { name } }", token: "shpat_wrong");
        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("{\"errors\":\"[API] Invalid API key or access token (unrecognized login or wrong password)\"}", answer.Body);
        Assert.Equal(1, sandbox.Shopify.Vendor.Counters["unauthorized"]);
    }

    [Theory]
    [InlineData("2024-10", HttpStatusCode.NotFound)]
    [InlineData("2025-02", HttpStatusCode.NotFound)]
    [InlineData("2025-01", HttpStatusCode.OK)]
    [InlineData("2025-10", HttpStatusCode.OK)]
    [InlineData("2026-04", HttpStatusCode.OK)]
    public async Task Quarterly_versions_from_2025_01_are_served(string version, HttpStatusCode expected)
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 3);
        var answer = await sandbox.QueryAsync("{ shop { myshopifyDomain } }", version: version);
        Assert.Equal(expected, answer.Status);
    }
}
