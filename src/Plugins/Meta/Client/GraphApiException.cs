using System.Net;

namespace Connectors.Plugins.Meta.Client;

/// <summary>A Graph call that failed for good, with Meta's error code and subcode when it sent them.</summary>
internal sealed class GraphApiException : Exception
{
    public GraphApiException(string message, HttpStatusCode? status = null, GraphError? error = null)
        : base(message)
    {
        StatusCode = status;
        Error = error;
    }

    public HttpStatusCode? StatusCode { get; }

    /// <summary>Meta's error object, when the answer carried one.</summary>
    public GraphError? Error { get; }
}
