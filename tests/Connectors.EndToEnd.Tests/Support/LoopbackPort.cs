using System.Net;
using System.Net.Sockets;

namespace Connectors.EndToEnd.Tests.Support;

/// <summary>A port on 127.0.0.1 that was free a moment ago, for a server the test starts in another process.</summary>
internal static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
