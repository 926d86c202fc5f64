namespace Connectors.Plugins.Shopify.Tests.Schema;

/// <summary>The validator itself catches each kind of mistake, so a drifting query cannot pass the schema test.</summary>
public sealed class QueryValidatorTests
{
    private static IReadOnlyList<string> Validate(string document) => new QueryValidator(AdminSchemas.As2025_01).Validate(document);

    [Fact]
    public void A_valid_query_passes() =>
        Assert.Empty(Validate("query Q($n: Int!) { customers(first: $n, sortKey: UPDATED_AT) { nodes { id tags } pageInfo { hasNextPage } } }"));

    [Theory]
    [InlineData("{ customers(first: 1) { nodes { id favouriteColour } } }", "Customer has no field 'favouriteColour'")]
    [InlineData("{ customers(first: 1, color: \"x\") { nodes { id } } }", "has no argument 'color'")]
    [InlineData("{ customers(first: 1, sortKey: SHOE_SIZE) { nodes { id } } }", "does not fit CustomerSortKeys")]
    [InlineData("{ customers(first: \"ten\") { nodes { id } } }", "does not fit Int")]
    [InlineData("{ customer { id } }", "required argument id: ID! is missing")]
    [InlineData("{ customers(first: 1) { nodes { id { x } } } }", "takes no selection")]
    [InlineData("{ customers(first: 1) { nodes } }", "select its fields")]
    [InlineData("{ node(id: \"x\") { ... on NoSuchType { id } } }", "type condition NoSuchType is not a type of the schema")]
    [InlineData("{ customers(first: 1) { nodes { ...F } } } fragment F on Order { id }", "can never apply inside Customer")]
    [InlineData("{ customers(first: 1) { nodes { ...Missing } } }", "fragment Missing is not defined")]
    [InlineData("query Q($n: String) { customers(first: $n) { nodes { id } } }", "$n: String cannot fill Int")]
    [InlineData("query Q($id: ID) { node(id: $id) { id } }", "$id: ID cannot fill ID!")]
    [InlineData("query Q($n: Int) { shop { name } }", "variable $n is never used")]
    [InlineData("{ customers(first: $n) { nodes { id } } }", "variable $n is not defined")]
    [InlineData("query Q($x: Customer) { customers(first: 1) { nodes { id } } }", "not an input type")]
    [InlineData("mutation { bulkOperationRunQuery(query: \"{ shop { name } }\") { bulkOperation { id } nope } }", "has no field 'nope'")]
    [InlineData("{ customers(first: 1) { nodes { id } ", "syntax")]
    public void Each_kind_of_mistake_is_reported(string document, string expected)
    {
        var errors = Validate(document);

        Assert.True(errors.Any(e => e.Contains(expected, StringComparison.Ordinal)), $"expected '{expected}' in:\n{string.Join("\n", errors)}");
    }
}
