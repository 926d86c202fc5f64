using Connectors.Abstractions;

namespace Connectors.Plugins.Amazon.Tests.Support;

/// <summary>Passes requests on and records, for each, its path and whether it asked the host not to retry it.</summary>
internal sealed class RequestOptionsRecorder() : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly List<(string Path, bool OwnRetries)> _requests = [];

    public IReadOnlyList<(string Path, bool OwnRetries)> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var own = request.Options.TryGetValue(HostHttp.OwnRetries, out var value) && value;
        lock (_requests)
        {
            _requests.Add((request.RequestUri!.AbsolutePath, own));
        }

        return base.SendAsync(request, cancellationToken);
    }
}
