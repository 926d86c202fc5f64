using System.Net;

namespace Connectors.Plugins.Amazon.Client;

/// <summary>An SP-API or LWA call that no retry can fix, with what Amazon said and how to fix it.</summary>
public sealed class AmazonApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AmazonApiException(string message, HttpStatusCode? statusCode = null, string? code = null, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
        Code = code;
    }

    /// <summary>Creates the exception.</summary>
    public AmazonApiException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public AmazonApiException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public AmazonApiException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>The HTTP status of the answer, if there was one.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Amazon's error code (<c>InvalidInput</c>, <c>Unauthorized</c>, <c>invalid_grant</c>), if it gave one.</summary>
    public string? Code { get; }
}
