using System.Globalization;
using System.Text;
using Connectors.Sandbox.Shopify.Data;

namespace Connectors.Sandbox.Shopify.GraphQL.Connections;

/// <summary>
/// The subset of Shopify's search syntax the sandbox understands: <c>field:value</c> terms joined by
/// whitespace or AND, on updated_at, created_at (processed_at for orders), id and email, with the
/// comparators &gt; &gt;= &lt; &lt;= and quoted or bare ISO dates. Like Shopify, it ignores what it cannot
/// use and reports it as a search warning instead of failing.
/// </summary>
internal sealed class SearchQuery
{
    public static SearchQuery Empty { get; } = new(string.Empty, [], []);

    private SearchQuery(string text, IReadOnlyList<SearchTerm> terms, IReadOnlyList<(string Field, string Message)> warnings)
    {
        Text = text;
        Terms = terms;
        Warnings = warnings;
    }

    public string Text { get; }

    public IReadOnlyList<SearchTerm> Terms { get; }

    public IReadOnlyList<(string Field, string Message)> Warnings { get; }

    /// <summary>The combined range of all terms on a field.</summary>
    public KeyRange RangeOf(SortField field)
    {
        var range = KeyRange.All;
        foreach (var term in Terms)
        {
            if (term.Field == field)
            {
                range = new KeyRange(Math.Max(range.Low, term.Range.Low), Math.Min(range.High, term.Range.High));
            }
        }

        return range;
    }

    public static SearchQuery Parse(string? text, bool orders)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Empty;
        }

        var terms = new List<SearchTerm>();
        var warnings = new List<(string, string)>();
        foreach (var token in Tokenize(text))
        {
            if (token is "AND")
            {
                continue;
            }

            if (token is "OR" or "NOT" || token.StartsWith('-'))
            {
                warnings.Add((token, "OR, NOT and negation are not emulated by the sandbox; the term was ignored."));
                continue;
            }

            var colon = token.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                warnings.Add((token, "Free-text search is not emulated by the sandbox; the term was ignored."));
                continue;
            }

            var field = token[..colon];
            var value = token[(colon + 1)..];
            var term = field switch
            {
                "updated_at" => DateTerm(SortField.UpdatedAt, value),
                "created_at" => DateTerm(SortField.CreatedAt, value),
                "processed_at" when orders => DateTerm(SortField.CreatedAt, value),
                "id" => IdTerm(value),
                "email" => new SearchTerm(null, KeyRange.All, Unquote(value)),
                _ => null,
            };
            if (term is null)
            {
                warnings.Add((field, "Invalid search field for this query."));
            }
            else
            {
                terms.Add(term);
            }
        }

        return new SearchQuery(text, terms, warnings);
    }

    private static SearchTerm? DateTerm(SortField field, string value)
    {
        var (op, raw) = SplitOperator(value);
        var text = Unquote(raw);
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            return null;
        }

        // Keys are whole seconds; comparisons against a fractional instant round the right way.
        var ms = time.ToUnixTimeMilliseconds();
        var floor = (long)Math.Floor(ms / 1000.0);
        var ceil = (long)Math.Ceiling(ms / 1000.0);
        var dateOnly = text.Length <= 10;
        var range = op switch
        {
            ">" => new KeyRange(floor + 1, long.MaxValue),
            ">=" => new KeyRange(ceil, long.MaxValue),
            "<" => new KeyRange(long.MinValue, ceil - 1),
            "<=" => new KeyRange(long.MinValue, floor),
            _ when dateOnly => new KeyRange(floor, floor + 86_399),
            _ => new KeyRange(ceil, floor),
        };
        return new SearchTerm(field, range, null);
    }

    private static SearchTerm? IdTerm(string value)
    {
        var (op, raw) = SplitOperator(value);
        var id = ShopifyIds.ParseAny(Unquote(raw))?.Id
            ?? (long.TryParse(Unquote(raw), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (long?)null);
        if (id is not { } v)
        {
            return null;
        }

        var range = op switch
        {
            ">" => new KeyRange(v + 1, long.MaxValue),
            ">=" => new KeyRange(v, long.MaxValue),
            "<" => new KeyRange(long.MinValue, v - 1),
            "<=" => new KeyRange(long.MinValue, v),
            _ => new KeyRange(v, v),
        };
        return new SearchTerm(SortField.Id, range, null);
    }

    private static (string Op, string Value) SplitOperator(string value)
    {
        foreach (var op in (string[])[">=", "<=", ">", "<"])
        {
            if (value.StartsWith(op, StringComparison.Ordinal))
            {
                return (op, value[op.Length..]);
            }
        }

        return ("=", value);
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] is '\'' or '"') && value[^1] == value[0] ? value[1..^1] : value;

    /// <summary>Splits on whitespace outside quotes.</summary>
    private static IEnumerable<string> Tokenize(string text)
    {
        var sb = new StringBuilder();
        char? quote = null;
        foreach (var c in text)
        {
            if (quote is null && char.IsWhiteSpace(c))
            {
                if (sb.Length > 0)
                {
                    yield return sb.ToString();
                    sb.Clear();
                }

                continue;
            }

            if (c is '\'' or '"')
            {
                quote = quote == c ? null : quote ?? c;
            }

            sb.Append(c);
        }

        if (sb.Length > 0)
        {
            yield return sb.ToString();
        }
    }
}
