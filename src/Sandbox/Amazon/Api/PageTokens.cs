using System.Text;
using System.Text.Json;
using Connectors.Sandbox.Amazon.Data;

namespace Connectors.Sandbox.Amazon.Api;

/// <summary>
/// NextToken / paginationToken: the query and the position of the next page, base64url-encoded. The query travels in
/// the token because Amazon applies the first call's filters to every page.
/// </summary>
internal static class PageTokens
{
    public static string Encode(OrderQuery query, long position)
    {
        var state = new State(query.ByUpdate, query.After.ToUnixTimeMilliseconds(), query.Before.ToUnixTimeMilliseconds(),
            [.. query.MarketplaceIds], [.. query.Statuses.Select(s => (int)s)], query.PageSize, position);
        return Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(state)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static (OrderQuery Query, long Position)? Decode(string token)
    {
        try
        {
            var text = token.Replace('-', '+').Replace('_', '/');
            text = text.PadRight(text.Length + (4 - text.Length % 4) % 4, '=');
            var state = JsonSerializer.Deserialize<State>(Encoding.UTF8.GetString(Convert.FromBase64String(text)));
            if (state is null || state.S is null || state.M is null || state.P is < 1 or > 100 || state.Pos < 0)
            {
                return null;
            }

            var query = new OrderQuery(state.U, DateTimeOffset.FromUnixTimeMilliseconds(state.A), DateTimeOffset.FromUnixTimeMilliseconds(state.B),
                state.M, [.. state.S.Select(s => (AmazonOrderStatus)s)], state.P);
            return (query, state.Pos);
        }
        catch (Exception ex) when (ex is FormatException or JsonException or ArgumentException)
        {
            return null;
        }
    }

    private sealed record State(bool U, long A, long B, string[] M, int[] S, int P, long Pos);
}
