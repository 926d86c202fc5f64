using System.Net;

namespace Connectors.Plugins.Trustpilot.Client;

/// <summary>A Trustpilot call that no retry can fix, with what Trustpilot said and how to fix it.</summary>
public sealed class TrustpilotApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TrustpilotApiException(string message, HttpStatusCode? statusCode = null, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
    }

    /// <summary>Creates the exception.</summary>
    public TrustpilotApiException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public TrustpilotApiException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public TrustpilotApiException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>The HTTP status of the answer, if there was one.</summary>
    public HttpStatusCode? StatusCode { get; }
}
