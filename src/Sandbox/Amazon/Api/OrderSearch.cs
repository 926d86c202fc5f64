using Connectors.Sandbox.Amazon.Data;
using Connectors.Sandbox.Framework.Pipeline;

namespace Connectors.Sandbox.Amazon.Api;

/// <summary>
/// One page of getOrders or searchOrders: the filters from the parameters or from the page token, the page, and the
/// token of the next one, which the <c>repeatCursorOnce</c> knob replaces once by the token just given.
/// </summary>
internal static class OrderSearch
{
    public static (OrderQuery? Query, OrderPage? Page, string? NextToken, VendorAnswer? Error) Run(VendorExchange exchange, AmazonEmulator amazon, bool v0)
    {
        var tokenName = v0 ? "NextToken" : "paginationToken";
        OrderQuery query;
        long position = 0;
        var given = exchange.Query(tokenName);
        if (given is not null)
        {
            if (PageTokens.Decode(given) is not { } state)
            {
                return (null, null, null, AmazonAnswers.InvalidInput($"Invalid {tokenName}: the token was not issued by this API."));
            }

            (query, position) = state;
        }
        else
        {
            var (read, error) = OrderRules.Read(exchange, v0);
            if (error is not null)
            {
                return (null, null, null, error);
            }

            query = read!;
        }

        var page = amazon.Orders.Search(query, position);
        var next = page.NextPosition is { } p ? PageTokens.Encode(query, p) : null;
        if (given is not null && amazon.Vendor.Faults.TryConsumeCursorRepeat())
        {
            amazon.Vendor.Counters.Increment("repeatedTokens");
            next = given;
        }

        return (query, page, next, null);
    }
}
