using System.Net;

namespace Connectors.TestKit;

/// <summary>
/// An HTTP handler that sends requests to loopback addresses only and fails any other, so a test that passes can
/// never have depended on the network, and a connector that calls a vendor's real address is caught at once.
/// </summary>
public sealed class LoopbackOnlyHandler : DelegatingHandler
{
    /// <summary>Sends through a new <see cref="SocketsHttpHandler"/>.</summary>
    public LoopbackOnlyHandler()
        : base(new SocketsHttpHandler())
    {
    }

    /// <summary>Whether <paramref name="uri"/> names this machine (<c>localhost</c>, 127.0.0.0/8 or <c>::1</c>).</summary>
    public static bool IsLoopback(Uri uri) =>
        uri.IsAbsoluteUri && (uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address)));

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is not { } uri || !IsLoopback(uri))
        {
            throw new HttpRequestException(
                $"the test kit lets a connector reach loopback test servers only, but it asked for {request.RequestUri}; " +
                "point the options at your test server (or the sandbox) instead of the vendor's address");
        }

        return base.SendAsync(request, cancellationToken);
    }
}
