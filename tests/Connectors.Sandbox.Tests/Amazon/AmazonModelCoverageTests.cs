using System.Net;

namespace Connectors.Sandbox.Tests.Amazon;

/// <summary>Every operation the emulator serves is an operation of Amazon's models and answers in its shapes.</summary>
public sealed class AmazonModelCoverageTests
{
    public static TheoryData<string, string> Served => new()
    {
        { "GET", "/orders/v0/orders" },
        { "GET", "/orders/v0/orders/{orderId}" },
        { "GET", "/orders/v0/orders/{orderId}/orderItems" },
        { "GET", "/orders/v0/orders/{orderId}/buyerInfo" },
        { "GET", "/orders/v0/orders/{orderId}/address" },
        { "GET", "/orders/2026-01-01/orders" },
        { "GET", "/orders/2026-01-01/orders/{orderId}" },
        { "POST", "/reports/2021-06-30/reports" },
        { "GET", "/reports/2021-06-30/reports/{reportId}" },
        { "DELETE", "/reports/2021-06-30/reports/{reportId}" },
        { "GET", "/reports/2021-06-30/documents/{reportDocumentId}" },
        { "GET", "/solicitations/v1/orders/{amazonOrderId}" },
        { "POST", "/solicitations/v1/orders/{amazonOrderId}/solicitations/productReviewAndSellerFeedback" },
        { "GET", "/customerFeedback/2024-06-01/items/{asin}/reviews/topics" },
        { "GET", "/customerFeedback/2024-06-01/items/{asin}/browseNode" },
        { "POST", "/tokens/2021-03-01/restrictedDataToken" },
    };

    [Theory]
    [MemberData(nameof(Served))]
    public async Task A_served_operation_is_in_the_models_and_answers_unknown_resources_in_their_error_shape(string method, string path)
    {
        Assert.Contains(AmazonModels.Operations(), o => o.Method == method && o.Path == path);
        await using var sandbox = await AmazonSandbox.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        var concrete = path.Replace("{orderId}", "999-0000000-0000000", StringComparison.Ordinal)
            .Replace("{amazonOrderId}", "999-0000000-0000000", StringComparison.Ordinal)
            .Replace("{reportId}", "1", StringComparison.Ordinal)
            .Replace("{reportDocumentId}", "amzn1.spdoc.1.4.na.1.T1", StringComparison.Ordinal)
            .Replace("{asin}", "B000000000", StringComparison.Ordinal);
        var query = path switch
        {
            "/orders/v0/orders" => "?MarketplaceIds=ATVPDKIKX0DER",
            "/orders/2026-01-01/orders" => "?marketplaceIds=ATVPDKIKX0DER",
            _ when path.StartsWith("/solicitations", StringComparison.Ordinal) => "?marketplaceIds=ATVPDKIKX0DER",
            _ when path.StartsWith("/customerFeedback", StringComparison.Ordinal) => "?marketplaceId=ATVPDKIKX0DER" + (path.EndsWith("topics", StringComparison.Ordinal) ? "&sortBy=MENTIONS" : ""),
            _ => "",
        };
        if (path.Contains("buyerInfo", StringComparison.Ordinal) || path.EndsWith("address", StringComparison.Ordinal))
        {
            token = await sandbox.RestrictedTokenAsync(token, ("GET", path, []));
        }

        object? body = method == "POST" && path.StartsWith("/reports", StringComparison.Ordinal) ? new { reportType = "GET_NOTHING", marketplaceIds = new[] { "ATVPDKIKX0DER" } }
            : method == "POST" && path.StartsWith("/tokens", StringComparison.Ordinal) ? new { restrictedResources = new[] { new { method = "GET", path = "/nowhere" } } }
            : null;

        var call = await sandbox.SpApiAsync(new HttpMethod(method), concrete.TrimStart('/') + query, token, body);

        Assert.True(call.Status is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{method} {concrete}{query}: {(int)call.Status} {call.Body}");
        Assert.False(string.IsNullOrEmpty(call.ErrorCode));
    }
}
