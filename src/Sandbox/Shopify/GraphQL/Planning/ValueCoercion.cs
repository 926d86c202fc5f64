using System.Globalization;
using System.Text.Json;
using Connectors.Sandbox.Shopify.GraphQL.Schema;
using GraphQLParser.AST;

namespace Connectors.Sandbox.Shopify.GraphQL.Planning;

/// <summary>Input coercion for literals and JSON variables (Int, Float, Boolean, String-like, ID, enums, one list level).</summary>
internal static class ValueCoercion
{
    public static bool TryLiteral(PlanningContext context, GraphQLValue value, GqlTypeRef type, out object? result)
    {
        result = null;
        switch (value)
        {
            case GraphQLVariable variable:
                result = context.VariableValues.GetValueOrDefault(variable.Name.StringValue);
                return true;
            case GraphQLNullValue:
                return !type.NonNull;
        }

        if (type.IsList)
        {
            var itemType = new GqlTypeRef(type.Name, type.ItemNonNull);
            var items = value is GraphQLListValue list ? list.Values ?? [] : [value];
            var output = new List<object?>();
            foreach (var item in items)
            {
                if (!TryLiteral(context, item, itemType, out var coerced))
                {
                    return false;
                }

                output.Add(coerced);
            }

            result = output;
            return true;
        }

        var named = context.Schema.Find(type.Name);
        if (named?.Kind == GqlKind.Enum)
        {
            if (value is GraphQLEnumValue e && named.EnumValues.Contains(e.Name.StringValue))
            {
                result = e.Name.StringValue;
                return true;
            }

            return false;
        }

        switch (type.Name, value)
        {
            case ("Int", GraphQLIntValue i):
                var ok = int.TryParse(i.Value.Span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n);
                result = n;
                return ok;
            case ("Float", GraphQLIntValue or GraphQLFloatValue):
                result = double.Parse(context.TextOf(value), CultureInfo.InvariantCulture);
                return true;
            case ("Boolean", GraphQLBooleanValue b):
                result = b.BoolValue;
                return true;
            case ("String" or "DateTime" or "URL", GraphQLStringValue s):
                result = s.Value.ToString();
                return true;
            case ("ID" or "Decimal" or "UnsignedInt64", GraphQLStringValue s):
                result = s.Value.ToString();
                return true;
            case ("ID" or "Decimal" or "UnsignedInt64", GraphQLIntValue i):
                result = i.Value.ToString();
                return true;
            default:
                return false;
        }
    }

    public static bool TryJson(GqlSchema schema, JsonElement json, GqlTypeRef type, out object? result, out string problem)
    {
        result = null;
        problem = string.Empty;
        if (json.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            problem = "Expected value to not be null";
            return !type.NonNull;
        }

        if (type.IsList)
        {
            var itemType = new GqlTypeRef(type.Name, type.ItemNonNull);
            var items = json.ValueKind == JsonValueKind.Array ? json.EnumerateArray().ToList() : [json];
            var output = new List<object?>();
            foreach (var item in items)
            {
                if (!TryJson(schema, item, itemType, out var coerced, out problem))
                {
                    return false;
                }

                output.Add(coerced);
            }

            result = output;
            return true;
        }

        problem = $"Could not coerce value {json.GetRawText()} to {type.Name}";
        var named = schema.Find(type.Name);
        if (named?.Kind == GqlKind.Enum)
        {
            var s = json.ValueKind == JsonValueKind.String ? json.GetString() : null;
            result = s;
            return s is not null && named.EnumValues.Contains(s);
        }

        switch (type.Name, json.ValueKind)
        {
            case ("Int", JsonValueKind.Number) when json.TryGetInt32(out var n):
                result = n;
                return true;
            case ("Float", JsonValueKind.Number):
                result = json.GetDouble();
                return true;
            case ("Boolean", JsonValueKind.True or JsonValueKind.False):
                result = json.GetBoolean();
                return true;
            case ("String" or "DateTime" or "URL" or "ID" or "Decimal" or "UnsignedInt64", JsonValueKind.String):
                result = json.GetString();
                return true;
            case ("ID" or "Decimal" or "UnsignedInt64", JsonValueKind.Number):
                result = json.GetRawText();
                return true;
            default:
                return false;
        }
    }
}
