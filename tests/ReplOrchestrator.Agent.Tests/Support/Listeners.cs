using System.Net;
using System.Net.Sockets;

namespace ReplOrchestrator.Agent.Tests.Support;

/// <summary>Real loopback sockets in the states a probe meets: open, closed, and too slow to answer.</summary>
internal static class Listeners
{
    /// <summary>A listener that accepts connections (the kernel completes the handshake) and never says a word.</summary>
    public static TcpListener Open()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return listener;
    }

    /// <summary>A port nothing listens on: connecting is refused at once.</summary>
    public static int ClosedPort()
    {
        using var listener = Open();
        var port = Port(listener);
        listener.Stop();
        return port;
    }

    /// <summary>
    /// A listener whose accept queue is full, so the kernel drops further handshakes and a connect waits until the
    /// caller gives up, as behind a firewall that drops packets. The sockets returned fill the queue; keep them open.
    /// </summary>
    public static (Socket Listener, List<Socket> Filling) Full()
    {
        var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        var filling = new List<Socket>();
        for (var i = 0; i < 4; i++)
        {
            var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { Blocking = false };
            try
            {
                client.Connect(listener.LocalEndPoint!);
            }
            catch (SocketException)
            {
                // In progress: non-blocking connects report that as an exception.
            }

            filling.Add(client);
        }

        Thread.Sleep(200);
        return (listener, filling);
    }

    public static int Port(TcpListener listener) => ((IPEndPoint)listener.LocalEndpoint).Port;

    public static int Port(Socket listener) => ((IPEndPoint)listener.LocalEndPoint!).Port;
}
