using System.Net;
using System.Net.Sockets;

namespace Jyotishika.Server.Tests.Infrastructure;

/// <summary>
/// A loopback port where every connection is refused for as long as this object lives, for settings that must point at a
/// PostgreSQL or Redis that is down. The socket is bound but never listens: the kernel answers a connection with a reset,
/// and while the binding lasts it gives the port to no other bind(0) nor to an outgoing connection. A port merely found
/// free could be handed to another program before the test connects to it.
/// </summary>
internal sealed class ClosedPort : IDisposable
{
    private readonly Socket socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

    public ClosedPort() => socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));

    public int Port => ((IPEndPoint)socket.LocalEndPoint!).Port;

    public void Dispose() => socket.Dispose();
}
