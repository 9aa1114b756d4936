using System.Net;
using System.Net.Sockets;

namespace Jyotishika.Server.Platform.RateLimiting;

/// <summary>Who "one client" is for per-IP limits.</summary>
public static class ClientAddress
{
    /// <summary>
    /// The connection's address (the client's, once forwarded headers from a trusted proxy are applied), with IPv4
    /// mapped into IPv6 read as IPv4, and an IPv6 client as its /64: a subscriber usually holds a whole /64 and could
    /// otherwise take a fresh budget with every address in it.
    /// </summary>
    public static string PartitionOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        bytes.AsSpan(8).Clear();
        return $"{new IPAddress(bytes)}/64";
    }
}
