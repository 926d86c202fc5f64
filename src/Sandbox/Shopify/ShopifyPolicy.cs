using System.Buffers;
using System.Text.Json;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Framework.Pipeline;
using Microsoft.AspNetCore.Http;

namespace Connectors.Sandbox.Shopify;

/// <summary>
/// Shopify's words in the pipeline: an injected 429 is a THROTTLED body with <c>Retry-After: 1</c>; an API version the
/// emulator does not serve is 404; <c>X-Shopify-Access-Token</c> must be a known token. The cost bucket is applied
/// by the endpoint, after the query's cost is known.
/// </summary>
internal sealed class ShopifyPolicy(ShopifyEmulator shopify) : VendorPolicy
{
    public override ReceivedLogging Logging => ReceivedLogging.None;

    public override VendorAnswer InjectedThrottle(VendorExchange exchange)
    {
        var token = Token(exchange);
        var status = shopify.Buckets.For(shopify.Options.AccessTokens.Contains(token) ? token : shopify.AccessToken).Peek(shopify.Knobs);
        var output = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(output, SandboxJson.WriterOptions))
        {
            ShopifyResponses.WriteThrottled(w, 0, status);
        }

        return new VendorAnswer(StatusCodes.Status429TooManyRequests, output.WrittenMemory, Headers: new Dictionary<string, string> { ["Retry-After"] = "1" });
    }

    public override VendorAnswer? Authenticate(VendorExchange exchange)
    {
        if (!ShopifyDefaults.IsServedVersion(exchange.Route("version")))
        {
            return VendorAnswer.Text(StatusCodes.Status404NotFound, "{\"errors\":\"Not Found\"}");
        }

        return shopify.Options.AccessTokens.Contains(Token(exchange), StringComparer.Ordinal) ? null : Unauthorized();
    }

    public override VendorAnswer? TokenExpired(VendorExchange exchange) => Unauthorized();

    private static VendorAnswer Unauthorized() => VendorAnswer.Text(StatusCodes.Status401Unauthorized, ShopifyResponses.InvalidToken);

    private static string Token(VendorExchange exchange) => exchange.Http.Request.Headers["X-Shopify-Access-Token"].ToString();
}
