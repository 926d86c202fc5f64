using System.Buffers;
using System.Text.Json;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Shopify.Data;
using Connectors.Sandbox.Shopify.GraphQL.Connections;
using Connectors.Sandbox.Shopify.GraphQL.Execution;
using Connectors.Sandbox.Shopify.GraphQL.Schema;

namespace Connectors.Sandbox.Shopify.Bulk;

/// <summary>
/// Writes a bulk operation's result as JSONL, one object a line, streaming straight from the store:
/// root nodes are read one by one (never a list of a million), and nested connection nodes become
/// their own lines with <c>__parentId</c>, written right after their parent.
/// </summary>
internal static class BulkJsonl
{
    private static readonly byte[] NewLine = [(byte)'\n'];

    /// <summary>
    /// Writes lines into <paramref name="sink"/>, yielding after each whether it was a root object; with no
    /// sink it only walks the objects (to count them cheaply).
    /// </summary>
    public static IEnumerable<bool> Lines(BulkOperation operation, QueryContext context, IBufferWriter<byte>? sink)
    {
        var root = operation.Plan.RootFields[0];
        var request = root.Connection!;
        var (selection, nodeType) = NodeSelection(root);
        var source = root.ReturnType!.Name == "OrderConnection"
            ? StoreSources.Orders(context.Store, operation.Snapshot)
            : StoreSources.Customers(context.Store, operation.Snapshot);
        var nested = selection.For(nodeType).Where(f => f.ReturnType is { IsConnection: true }).ToList();
        using var writer = sink is null ? null : new Utf8JsonWriter(sink, new JsonWriterOptions { SkipValidation = true, Encoder = SandboxJson.Encoder });
        var range = request.Query.RangeOf(request.Sort);
        foreach (var entry in source.Walk(request.Sort, null, request.Reverse, range))
        {
            if (ConnectionResolver.Matches(source, request, entry.Id) is not { } record)
            {
                continue;
            }

            WriteLine(writer, sink, selection, nodeType, record, null, context);
            yield return true;
            foreach (var child in Children(writer, sink, nested, record, context))
            {
                yield return child;
            }
        }
    }

    /// <summary>
    /// How many lines each root object makes (itself plus its nested nodes), without writing them: when the
    /// root filters only on keys (dates, ids) and nested orders are unfiltered, counts come from the store
    /// without building records, so a million roots count in well under a second; otherwise lines are walked.
    /// </summary>
    public static IEnumerable<int> Counts(BulkOperation operation, QueryContext context)
    {
        var root = operation.Plan.RootFields[0];
        var (selection, nodeType) = NodeSelection(root);
        var nested = selection.For(nodeType).Where(f => f.ReturnType is { IsConnection: true }).ToList();
        var request = root.Connection!;
        var simple = request.Query.Terms.All(t => t.Field is not null)
            && nested.All(f => f.Definition!.Name == "orders" && nodeType.Name == "Customer" && f.Connection!.Query.Terms.Count == 0
                && BulkJsonl.NodeSelection(f).Selection.All.All(p => p.Value.All(c => c.ReturnType is not { IsConnection: true })));
        if (!simple)
        {
            var lines = 0;
            foreach (var isRoot in Lines(operation, context, null))
            {
                if (isRoot && lines > 0)
                {
                    yield return lines;
                    lines = 0;
                }

                lines++;
            }

            if (lines > 0)
            {
                yield return lines;
            }

            yield break;
        }

        var store = context.Store;
        var customers = root.ReturnType!.Name == "CustomerConnection";
        var source = customers ? StoreSources.Customers(store, operation.Snapshot) : StoreSources.Orders(store, operation.Snapshot);
        foreach (var entry in source.Walk(request.Sort, null, request.Reverse, request.Query.RangeOf(request.Sort)))
        {
            if (!store.ExistsAsOf(customers, entry.Id, operation.Snapshot)
                || request.Query.Terms.Any(t => t.Field != request.Sort && !t.Range.Contains(source.Key(entry.Id, t.Field!.Value))))
            {
                continue;
            }

            yield return 1 + (nested.Count * (customers ? store.CountOrders(entry.Id, operation.Snapshot) : 0));
        }
    }

    private static IEnumerable<bool> Children(Utf8JsonWriter? writer, IBufferWriter<byte>? sink, List<PlannedField> connections, object parent, QueryContext context)
    {
        if (connections.Count == 0)
        {
            yield break;
        }

        var parentId = GidOf(parent);
        foreach (var connection in connections)
        {
            var (selection, nodeType) = NodeSelection(connection);
            var deeper = selection.For(nodeType).Where(f => f.ReturnType is { IsConnection: true }).ToList();
            foreach (var node in Nodes(connection, parent, context))
            {
                WriteLine(writer, sink, selection, nodeType, node, parentId, context);
                yield return false;
                foreach (var child in Children(writer, sink, deeper, node, context))
                {
                    yield return child;
                }
            }
        }
    }

    /// <summary>A nested connection's nodes; a customer's unfiltered orders come straight from the store (already in id order).</summary>
    private static IEnumerable<object> Nodes(PlannedField connection, object parent, QueryContext context)
    {
        var request = connection.Connection!;
        if (parent is CustomerRecord customer && connection.Definition!.Name == "orders"
            && request.Query.Terms.Count == 0 && request.Sort == SortField.Id)
        {
            var orders = context.Store.OrdersOf(customer.Id, context.AsOf);
            return request.Reverse ? orders.Reverse() : orders;
        }

        var page = (ConnectionPage)connection.Definition!.Resolve!(parent, connection, context)!;
        return page.Edges.Select(e => e.Node);
    }

    private static void WriteLine(Utf8JsonWriter? writer, IBufferWriter<byte>? sink, PlannedSelection selection, GqlType type, object node, string? parentId, QueryContext context)
    {
        if (writer is null || sink is null)
        {
            return;
        }

        writer.Reset(sink);
        writer.WriteStartObject();
        Executor.WriteFields(writer, selection.For(type), type, node, context, skipConnections: true);
        if (parentId is not null)
        {
            writer.WriteString("__parentId", parentId);
        }

        writer.WriteEndObject();
        writer.Flush();
        sink.Write(NewLine);
    }

    /// <summary>The selection made on each node of a connection, through <c>edges { node }</c> or <c>nodes</c>.</summary>
    public static (PlannedSelection Selection, GqlType NodeType) NodeSelection(PlannedField connection)
    {
        var fields = connection.Selection!.For(connection.ReturnType!);
        if (fields.FirstOrDefault(f => f.Definition?.Name == "edges") is { } edges)
        {
            var node = edges.Selection!.For(edges.ReturnType!).FirstOrDefault(f => f.Definition?.Name == "node");
            if (node is not null)
            {
                return (node.Selection!, node.ReturnType!);
            }
        }

        var nodes = fields.FirstOrDefault(f => f.Definition?.Name == "nodes");
        return nodes is not null ? (nodes.Selection!, nodes.ReturnType!) : (new PlannedSelection(), connection.ReturnType!);
    }

    private static string GidOf(object record) => record switch
    {
        CustomerRecord c => ShopifyIds.Gid("Customer", c.Id),
        OrderRecord o => ShopifyIds.Gid("Order", o.Id),
        _ => throw new InvalidOperationException("no id for " + record.GetType().Name),
    };
}
