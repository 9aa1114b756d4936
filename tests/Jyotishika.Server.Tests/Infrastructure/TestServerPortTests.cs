using System.Net;
using System.Net.Sockets;

namespace Jyotishika.Server.Tests.Infrastructure;

/// <summary>
/// Test servers never lose their port to another program: they bind port 0 and read back what they got, or, when their
/// settings must name their own address first, move to another port if the chosen one is taken; and an address meant to
/// be down refuses connections for as long as a test holds it.
/// </summary>
public sealed class TestServerPortTests
{
    [Test]
    public async Task A_closed_port_refuses_connections_for_as_long_as_it_is_held()
    {
        using var down = new ClosedPort();
        using var client = new TcpClient();

        var refused = Assert.ThrowsAsync<SocketException>(async () => await client.ConnectAsync(IPAddress.Loopback, down.Port));

        Assert.That(refused!.SocketErrorCode, Is.EqualTo(SocketError.ConnectionRefused));
        Assert.That(await ServerProcess.RefusesConnectionsAsync(down.Port), Is.True);
    }

    [Test]
    public async Task A_running_server_whose_settings_name_its_address_moves_off_a_taken_port()
    {
        using var taken = new TakenPort();
        var offered = new List<Uri>();

        await using var server = await RunningServer.StartAsync(
            self =>
            {
                offered.Add(self);
                return ["environment=Development", $"APP_BASE_URL={self}"];
            },
            taken.ThenCandidates);
        await AssertMovedOffAsync(offered, taken.Port, server.Rest, server.BaseUrl);
    }

    [Test]
    public async Task A_server_process_whose_settings_name_its_address_moves_off_a_taken_port()
    {
        using var taken = new TakenPort();
        var offered = new List<Uri>();

        await using var server = await ServerProcess.StartAsync(
            self =>
            {
                offered.Add(self);
                return ["environment=Development", "LOG_LEVEL=WARNING", $"APP_BASE_URL={self}"];
            },
            taken.ThenCandidates);
        await AssertMovedOffAsync(offered, taken.Port, server.Rest, server.BaseUrl);
    }

    /// <summary>The taken port was offered first, the server took another, and its APP_BASE_URL names the one it has.</summary>
    private static async Task AssertMovedOffAsync(List<Uri> offered, int takenPort, HttpClient rest, Uri baseUrl)
    {
        using var health = await rest.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(offered[0].Port, Is.EqualTo(takenPort), "the taken port was tried first");
            Assert.That(baseUrl.Port, Is.Not.EqualTo(takenPort));
            Assert.That(offered[^1], Is.EqualTo(baseUrl), "APP_BASE_URL names the port the server has");
            Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public void Ports_chosen_in_advance_lie_below_the_kernels_ephemeral_range()
    {
        var range = File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split('\t', ' ');
        var ephemeralStart = int.Parse(range[0], System.Globalization.CultureInfo.InvariantCulture);

        Assert.That(PortRetry.Candidates().Take(1000), Is.All.InRange(1024, ephemeralStart - 1));
    }
}
