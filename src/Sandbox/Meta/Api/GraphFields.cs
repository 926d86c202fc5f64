using System.Globalization;

namespace Connectors.Sandbox.Meta.Api;

/// <summary>One requested field of Graph's <c>fields=</c> syntax: <c>messages.limit(5){id,message}</c>.</summary>
internal sealed record GraphField(string Name, int? Limit, IReadOnlyList<GraphField> Children)
{
    /// <summary>Parses a comma-separated field list (nested braces, <c>.limit(n)</c>); unknown modifiers are ignored.</summary>
    public static IReadOnlyList<GraphField> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var fields = new List<GraphField>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ',';
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (c == ',' && depth == 0)
            {
                if (One(text[start..i].Trim()) is { } field)
                {
                    fields.Add(field);
                }

                start = i + 1;
            }
        }

        return fields;
    }

    /// <summary>The requested fields, or <paramref name="defaults"/> when none were.</summary>
    public static IReadOnlyList<GraphField> OrDefault(IReadOnlyList<GraphField> fields, params string[] defaults) =>
        fields.Count > 0 ? fields : [.. defaults.Select(d => new GraphField(d, null, []))];

    private static GraphField? One(string item)
    {
        if (item.Length == 0)
        {
            return null;
        }

        IReadOnlyList<GraphField> children = [];
        var brace = item.IndexOf('{', StringComparison.Ordinal);
        if (brace >= 0)
        {
            children = Parse(item[(brace + 1)..item.LastIndexOf('}')]);
            item = item[..brace];
        }

        int? limit = null;
        var parts = item.Split('.');
        foreach (var modifier in parts.Skip(1))
        {
            if (modifier.StartsWith("limit(", StringComparison.Ordinal) && int.TryParse(modifier[6..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                limit = n;
            }
        }

        return new GraphField(parts[0].Trim(), limit, children);
    }
}
