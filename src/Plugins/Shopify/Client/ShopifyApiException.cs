using System.Net;

namespace Connectors.Plugins.Shopify.Client;

/// <summary>The Admin API refused a request for a reason retrying will not fix, or kept failing after the retries.</summary>
public sealed class ShopifyApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ShopifyApiException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ShopifyApiException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ShopifyApiException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with the HTTP status and GraphQL error code, where known.</summary>
    public ShopifyApiException(string message, HttpStatusCode? statusCode, string? code, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Code = code;
    }

    /// <summary>The HTTP status of the answer, when there was one.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The first GraphQL error code (<c>extensions.code</c>), when there was one.</summary>
    public string? Code { get; }
}
