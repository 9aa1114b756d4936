using System.Net;

namespace Jyotishika.Server.Configuration;

/// <summary>
/// TRUSTED_PROXIES: the load balancers and proxies whose X-Forwarded-For and X-Forwarded-Proto are believed, as IP
/// addresses and CIDR ranges separated by commas or spaces (<c>10.0.0.0/8, 192.168.1.10, fd00::/8</c>). Empty (the
/// default) believes nobody: a client cannot pose as another address by sending the header itself.
/// </summary>
public static class TrustedProxies
{
    public const string Setting = "TRUSTED_PROXIES";

    /// <summary>The ranges configured; a lone address is its own /32 or /128. Throws naming the setting for a bad entry.</summary>
    public static IReadOnlyList<IPNetwork> FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return Parse(ConfigurationReader.Text(configuration, Setting) ?? string.Empty);
    }

    public static IReadOnlyList<IPNetwork> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var networks = new List<IPNetwork>();
        foreach (var entry in text.Split([',', ' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (IPAddress.TryParse(entry, out var address) && !entry.Contains('/', StringComparison.Ordinal))
            {
                networks.Add(new IPNetwork(address, address.GetAddressBytes().Length * 8));
            }
            else if (IPNetwork.TryParse(entry, out var network))
            {
                networks.Add(network);
            }
            else
            {
                throw new ConfigurationException(
                    $"{Setting}: '{entry}' is neither an IP address nor a CIDR range such as 10.0.0.0/8 (base address without host bits)");
            }
        }

        return networks;
    }
}
