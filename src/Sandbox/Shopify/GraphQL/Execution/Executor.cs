using System.Collections;
using System.Text.Json;
using Connectors.Sandbox.Shopify.GraphQL.Schema;

namespace Connectors.Sandbox.Shopify.GraphQL.Execution;

/// <summary>
/// Walks a planned selection over the in-memory model and writes JSON straight to the writer (no
/// intermediate tree), counting the actual cost the same way the requested cost was estimated.
/// </summary>
internal static class Executor
{
    public static void WriteObject(Utf8JsonWriter writer, PlannedSelection selection, GqlType type, object source, QueryContext context)
    {
        writer.WriteStartObject();
        WriteFields(writer, selection.For(type), type, source, context, skipConnections: false);
        writer.WriteEndObject();
    }

    /// <summary>Writes fields into an object already started (bulk lines add <c>__parentId</c> after them).</summary>
    public static void WriteFields(Utf8JsonWriter writer, IReadOnlyList<PlannedField> fields, GqlType type, object source,
        QueryContext context, bool skipConnections)
    {
        foreach (var field in fields)
        {
            if (skipConnections && field.ReturnType is { IsConnection: true })
            {
                continue;
            }

            writer.WritePropertyName(field.ResponseKey);
            WriteField(writer, field, type, source, context);
        }
    }

    private static void WriteField(Utf8JsonWriter writer, PlannedField field, GqlType parent, object source, QueryContext context)
    {
        if (field.IsTypename)
        {
            writer.WriteStringValue(parent.Name);
            return;
        }

        var definition = field.Definition!;
        var type = field.ReturnType!;
        if (type.IsLeaf)
        {
            definition.Write!(writer, source, context);
            return;
        }

        if (definition.FixedCost is { } cost)
        {
            context.AddCost(cost);
            context.SuppressCost(true);
        }

        try
        {
            var value = definition.Resolve!(source, field, context);
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else if (definition.Type.IsList)
            {
                writer.WriteStartArray();
                foreach (var item in (IEnumerable)value)
                {
                    WriteValue(writer, field, type, item, context);
                }

                writer.WriteEndArray();
            }
            else
            {
                WriteValue(writer, field, type, value, context);
            }
        }
        finally
        {
            if (definition.FixedCost is not null)
            {
                context.SuppressCost(false);
            }
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, PlannedField field, GqlType type, object value, QueryContext context)
    {
        var concrete = type.IsAbstract ? context.Schema.TypeOf(value) : type;
        context.AddCost(type.IsConnection ? 2 : type.IsFreeWrapper ? 0 : 1);
        WriteObject(writer, field.Selection!, concrete, value, context);
    }
}
