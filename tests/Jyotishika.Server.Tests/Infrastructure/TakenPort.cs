using System.Net;
using System.Net.Sockets;

namespace Jyotishika.Server.Tests.Infrastructure;

/// <summary>
/// One of <see cref="PortRetry"/>'s candidate ports with a listener on it, as another program might hold it: a server told
/// to bind it fails, which is how the tests make the retry happen.
/// </summary>
internal sealed class TakenPort : IDisposable
{
    private readonly TcpListener listener;

    public TakenPort()
    {
        foreach (var port in PortRetry.Candidates().Take(20))
        {
            var candidate = new TcpListener(IPAddress.Loopback, port);
            try
            {
                candidate.Start();
                listener = candidate;
                return;
            }
            catch (SocketException taken) when (taken.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                candidate.Dispose();
            }
        }

        throw new InvalidOperationException("Twenty candidate ports in a row were already taken.");
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>This port first, then the usual candidates.</summary>
    public IEnumerable<int> ThenCandidates => [Port, .. PortRetry.Candidates().Take(PortRetry.Attempts - 1)];

    public void Dispose() => listener.Dispose();
}
