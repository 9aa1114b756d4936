using System.Globalization;

namespace Jyotishika.Server.Tests.Infrastructure;

/// <summary>
/// Starts a server that must be told its port before it binds it, retrying on another port when that one turns out to
/// be taken: PostgreSQL and Redis (bound to port 0 they could not be stopped and restarted on the same address), and a
/// Jyotishika server whose settings name its own URL. Every other test server binds port 0 and reads back what it got.
/// </summary>
internal static class PortRetry
{
    /// <summary>How many ports are tried; a collision is rare, five in a row means something else is wrong.</summary>
    public const int Attempts = 5;

    // Below the kernel's ephemeral range (32768-60999 by default), and above the ports well-known services listen on.
    private const int Floor = 10_000;
    private const string EphemeralRangeFile = "/proc/sys/net/ipv4/ip_local_port_range";

    /// <summary>Calls <paramref name="start"/> with one port after another until it throws no <see cref="PortTakenException"/>.</summary>
    public static Task<T> StartAsync<T>(Func<int, Task<T>> start) => StartAsync(start, Candidates());

    /// <summary>As <see cref="StartAsync{T}(Func{int, Task{T}})"/>, with the ports to try (a test can offer a taken one first).</summary>
    public static async Task<T> StartAsync<T>(Func<int, Task<T>> start, IEnumerable<int> ports)
    {
        ArgumentNullException.ThrowIfNull(start);
        PortTakenException? last = null;
        foreach (var port in ports.Take(Attempts))
        {
            try
            {
                return await start(port).ConfigureAwait(false);
            }
            catch (PortTakenException taken)
            {
                last = taken;
            }
        }

        throw new InvalidOperationException($"Every one of {Attempts} ports tried was taken.", last);
    }

    /// <summary>
    /// Random ports below the ephemeral range. The kernel hands ports in that range to bind(0) and to the source end of
    /// every outgoing connection (the tests open hundreds to PostgreSQL and Redis), so a port from it could be taken
    /// while a test has PostgreSQL or Redis stopped, and the restart must come back on the same port; below the range
    /// only a program choosing a fixed port can collide, which the retry handles.
    /// </summary>
    public static IEnumerable<int> Candidates()
    {
        var ceiling = EphemeralRangeStart();
        var floor = ceiling > Floor + 1000 ? Floor : 1024;
        while (true)
        {
            yield return Random.Shared.Next(floor, ceiling);
        }
    }

    private static int EphemeralRangeStart() =>
        File.Exists(EphemeralRangeFile)
            ? int.Parse(File.ReadAllText(EphemeralRangeFile).Split((char[])['\t', ' '], 2)[0], CultureInfo.InvariantCulture)
            : 32768;
}
