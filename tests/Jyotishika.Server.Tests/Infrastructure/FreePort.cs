using System.Net;
using System.Net.Sockets;

namespace Jyotishika.Server.Tests.Infrastructure;

/// <summary>Loopback ports nobody is listening on, chosen by the kernel so parallel runs on one machine do not collide.</summary>
internal static class FreePort
{
    /// <remarks>
    /// The port is released before the caller binds it, so another process could take it in between; the window is
    /// microseconds and the kernel hands out ephemeral ports round-robin, which makes a collision very unlikely.
    /// </remarks>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
