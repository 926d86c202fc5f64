using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Connectors.Sandbox.Meta.Api;

/// <summary>
/// Cursor paging as Graph answers it: <c>{"data":[…],"paging":{"cursors":{"before","after"},"next","previous"}}</c>, the
/// cursors opaque (base64 of a position). There is no time-based paging: <c>since</c>/<c>until</c> are not offered.
/// </summary>
internal static class GraphPaging
{
    public const int DefaultLimit = 25;
    public const int MaxLimit = 100;

    /// <summary>The page of <paramref name="items"/> a request asks for, with its paging object.</summary>
    public static JsonObject Page<T>(IReadOnlyList<T> items, Func<T, JsonNode> json, HttpRequest request, int? limit, string? after, string? before, string? path = null)
    {
        var size = Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit);
        var start = after is not null ? Decode(after) : before is not null ? Math.Max(0, Decode(before) - size) : 0;
        start = Math.Clamp(start, 0, items.Count);
        var end = Math.Min(items.Count, start + size);
        var data = new JsonArray();
        for (var i = start; i < end; i++)
        {
            data.Add(json(items[i]));
        }

        var page = new JsonObject { ["data"] = data };
        if (end > start)
        {
            var paging = new JsonObject { ["cursors"] = new JsonObject { ["before"] = Encode(start), ["after"] = Encode(end) } };
            if (end < items.Count)
            {
                paging["next"] = Link(request, path, size, "after", Encode(end));
            }

            if (start > 0)
            {
                paging["previous"] = Link(request, path, size, "before", Encode(start));
            }

            page["paging"] = paging;
        }

        return page;
    }

    private static string Link(HttpRequest request, string? path, int limit, string name, string cursor)
    {
        var query = request.Query
            .Where(q => q.Key is not ("after" or "before" or "limit"))
            .Select(q => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(q.Value.ToString()))
            .Append("limit=" + limit.ToString(CultureInfo.InvariantCulture))
            .Append(name + "=" + cursor);
        return $"{request.Scheme}://{request.Host}{path ?? request.Path.Value}?{string.Join("&", query)}";
    }

    private static string Encode(int position) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes("pos:" + position.ToString(CultureInfo.InvariantCulture))).TrimEnd('=');

    private static int Decode(string cursor)
    {
        try
        {
            var padded = cursor.PadRight(cursor.Length + (4 - cursor.Length % 4) % 4, '=');
            var text = Encoding.ASCII.GetString(Convert.FromBase64String(padded));
            return text.StartsWith("pos:", StringComparison.Ordinal) && int.TryParse(text[4..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        }
        catch (FormatException)
        {
            return 0;
        }
    }
}
