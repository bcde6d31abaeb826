using System.Net;
using System.Net.Sockets;

namespace ReplOrchestrator.Local.Tests.Simulation.Support;

/// <summary>Loopback ports nothing listens on, for "the server is not there".</summary>
internal static class ClosedPort
{
    /// <summary>A port the system just handed out and took back, so connecting to it is refused.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
