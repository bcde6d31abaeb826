using System.Net;
using System.Net.Sockets;

namespace ReplOrchestrator.TestUtilities;

/// <summary>Loopback ports for tests that must name a port before anything listens on it.</summary>
public static class LoopbackPorts
{
    /// <summary>A port the system just handed out and took back: nothing listens on it until a test starts something there.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
