using Connectors.Sandbox.Shopify.Data;
using Connectors.Sandbox.Shopify.GraphQL.Connections;
using Connectors.Sandbox.Shopify.GraphQL.Execution;

namespace Connectors.Sandbox.Shopify.GraphQL.Planning;

/// <summary>Reads first/last/after/before/reverse/sortKey/query of a connection field, as Shopify checks them.</summary>
internal static class ConnectionArguments
{
    public static ConnectionRequest Parse(PlanningContext context, PlannedField field)
    {
        var orders = field.ReturnType!.Name == "OrderConnection";
        var first = field.Arguments.GetValueOrDefault("first") as int?;
        var last = field.Arguments.GetValueOrDefault("last") as int?;
        if (context.Mode == PlanMode.Bulk)
        {
            // Bulk operations page internally; Shopify ignores page sizes in a bulk query.
            first = null;
            last = null;
        }
        else if (first is null && last is null)
        {
            Fail(context, field, "you must provide one of first or last");
        }
        else if (first is > ConnectionRequest.MaxPageSize || last is > ConnectionRequest.MaxPageSize)
        {
            Fail(context, field, $"The maximum number of items you can request in a page is {ConnectionRequest.MaxPageSize}. Use pagination to get more items.");
        }
        else if (first is < 0 || last is < 0)
        {
            Fail(context, field, "first and last must be zero or greater");
        }

        var sort = SortOf(field.Arguments.GetValueOrDefault("sortKey") as string);
        var after = Cursor(context, field, "after", sort);
        var before = Cursor(context, field, "before", sort);
        return new ConnectionRequest(first, last, after, field.Argument<string>("after"), before,
            field.Arguments.GetValueOrDefault("reverse") is true, sort,
            SearchQuery.Parse(field.Argument<string>("query"), orders));
    }

    /// <summary>Sort keys the sandbox has no data for (NAME, LOCATION, TOTAL_PRICE ...) fall back to ID order.</summary>
    private static SortField SortOf(string? key) => key switch
    {
        "UPDATED_AT" => SortField.UpdatedAt,
        "CREATED_AT" or "PROCESSED_AT" => SortField.CreatedAt,
        _ => SortField.Id,
    };

    private static SortEntry? Cursor(PlanningContext context, PlannedField field, string name, SortField sort)
    {
        if (field.Argument<string>(name) is not { } cursor)
        {
            return null;
        }

        var entry = ShopifyCursor.Decode(cursor, sort);
        if (entry is null)
        {
            Fail(context, field, $"Invalid cursor for current pagination sort: {name}.");
        }

        return entry;
    }

    private static void Fail(PlanningContext context, PlannedField field, string message) =>
        context.Errors.Add(new GraphQLError(message, [field.Location], field.Path));
}
