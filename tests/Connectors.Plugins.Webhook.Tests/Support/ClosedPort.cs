using System.Net;
using System.Net.Sockets;

namespace Connectors.Plugins.Webhook.Tests.Support;

/// <summary>A loopback URL on a port nothing listens on (it was free a moment ago), for connection failures.</summary>
internal static class ClosedPort
{
    public static Uri Url(string path)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/{path}");
    }
}
