using System.Net;
using System.Net.Sockets;

namespace Jyotishika.Client.Tests.Infrastructure;

/// <summary>A loopback port nobody listens on, chosen by the kernel (released just before the server binds it).</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
