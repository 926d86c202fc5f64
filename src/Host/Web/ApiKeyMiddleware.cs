using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Connectors.Host.Web;

/// <summary>
/// When an API key is configured, every request but the vendor-signed webhooks and the health probe must carry it
/// in <c>X-Api-Key</c>; compared in constant time.
/// </summary>
internal sealed class ApiKeyMiddleware(RequestDelegate next, string apiKey)
{
    private readonly byte[] _expected = Encoding.UTF8.GetBytes(apiKey);

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/webhooks") || path.StartsWithSegments("/health"))
        {
            return next(context);
        }

        var given = Encoding.UTF8.GetBytes(context.Request.Headers["X-Api-Key"].ToString());
        if (CryptographicOperations.FixedTimeEquals(given, _expected))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }
}
