using System.Net;
using Grpc.Health.V1;
using Jyotishika.Server.Platform.Edge;
using Jyotishika.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Jyotishika.Server.Tests.Edge;

/// <summary>
/// PORT=0 and GRPC_PORT=0 let the system choose; the server then says which port each listener got and which protocol it
/// speaks, in <see cref="ListeningAddresses"/> and in one start-up line, even when LOG_LEVEL hides Information.
/// </summary>
public sealed class ListeningAddressesTests
{
    private const string EventName = "Listening";

    [Test]
    public async Task Port_0_binds_ports_the_system_chose_REST_on_HTTP_1_1_and_gRPC_on_HTTP_2()
    {
        await using var server = await RunningServer.StartAsync("environment=Development");
        var listening = server.Services.GetRequiredService<ListeningAddresses>();

        using var rest = await server.Rest.GetAsync(new Uri("/healthz", UriKind.Relative));
        var grpc = await new Grpc.Health.V1.Health.HealthClient(server.Grpc).CheckAsync(new HealthCheckRequest());

        Assert.Multiple(() =>
        {
            Assert.That(listening.Rest.Port, Is.Positive);
            Assert.That(listening.Grpc.Port, Is.Positive.And.Not.EqualTo(listening.Rest.Port));
            Assert.That(listening.Rest.Host, Is.EqualTo("127.0.0.1"));
            Assert.That(rest.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(rest.Version, Is.EqualTo(HttpVersion.Version11));
            Assert.That(grpc.Status, Is.EqualTo(HealthCheckResponse.Types.ServingStatus.Serving));
        });
    }

    [TestCase(null, LogLevel.Information)]
    [TestCase("WARNING", LogLevel.Warning)]
    public async Task One_start_up_line_names_both_bound_addresses_at_any_level_up_to_Warning(string? logLevel, LogLevel expected)
    {
        var (lines, rest, grpc) = await CapturedStart.RunAsync(
            ["--environment=Development", .. logLevel is null ? Array.Empty<string>() : [$"--LOG_LEVEL={logLevel}"]]);

        Assert.That(lines.Where(line => line.Event == EventName), Has.Exactly(1).Items);
        var line = lines.Single(line => line.Event == EventName);
        Assert.Multiple(() =>
        {
            Assert.That(line.Level, Is.EqualTo(expected));
            Assert.That(line.Category, Is.EqualTo(typeof(ListeningAddresses).FullName));
            Assert.That(line.Message, Is.EqualTo($"Listening: REST on http://127.0.0.1:{rest.Port}, gRPC on http://127.0.0.1:{grpc.Port}"));
            Assert.That(ListeningLine.Find([line.Message]), Is.EqualTo((rest, grpc)), "the tests' own reader finds them");
        });
    }

    [Test]
    public async Task Before_the_server_starts_a_port_0_listener_has_no_address()
    {
        await using var app = JyotishikaServer.Build(
            ["--PORT=0", "--GRPC_PORT=0", "--BIND_ADDRESS=127.0.0.1", "--environment=Development"]);
        var listening = app.Services.GetRequiredService<ListeningAddresses>();

        Assert.Throws<InvalidOperationException>(() => _ = listening.Rest);
    }
}
