using System.Diagnostics;
using System.Net;
using System.Text;
using Grpc.Health.V1;
using Jyotishika.Server.Tests.Infrastructure;

namespace Jyotishika.Server.Tests.Operations;

/// <summary>
/// SIGTERM first drains: readiness (REST /readyz and gRPC health) fails at once while the server still answers calls on
/// open ports, so a balancer polling readiness takes it out of rotation before any call can fail; after
/// SHUTDOWN_DRAIN_SECONDS the listeners close and the process exits cleanly. A second SIGTERM ends the drain early.
/// </summary>
[TestFixture]
public sealed class ShutdownDrainTests
{
    private const int DrainSeconds = 4;

    [Test]
    [CancelAfter(60_000)]
    public async Task Readiness_fails_at_SIGTERM_while_calls_are_still_answered_until_the_drain_ends(CancellationToken cancellationToken)
    {
        await using var server = await ServerProcess.StartAsync(
            "environment=Development", "LOG_LEVEL=WARNING", $"SHUTDOWN_DRAIN_SECONDS={DrainSeconds}");
        var health = new Health.HealthClient(server.Grpc);
        Assert.That((await server.Rest.GetAsync(new Uri("/readyz", UriKind.Relative), cancellationToken)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var clock = Stopwatch.StartNew();
        await server.TerminateAsync();
        using var readiness = await EventuallyAsync(server, "/readyz", HttpStatusCode.ServiceUnavailable, cancellationToken);
        var readinessFailedAfter = clock.Elapsed;
        var readinessBody = await readiness.Content.ReadAsStringAsync(cancellationToken);
        using var liveness = await server.Rest.GetAsync(new Uri("/healthz", UriKind.Relative), cancellationToken);
        using var chart = await server.Rest.PostAsync(new Uri("/v1/chart", UriKind.Relative), new StringContent(
            """{"datetime":"1991-03-25T09:46:00","tz":"Asia/Kolkata","latitude":18.5204,"longitude":73.8567}""",
            Encoding.UTF8, "application/json"), cancellationToken);
        var whole = await health.CheckAsync(new HealthCheckRequest(), cancellationToken: cancellationToken);
        var charts = await health.CheckAsync(new HealthCheckRequest { Service = "jyotishika.v1.ChartService" }, cancellationToken: cancellationToken);
        var openDuringDrain = !await ServerProcess.RefusesConnectionsAsync(server.HttpPort);

        await server.WaitForExitAsync(TimeSpan.FromSeconds(DrainSeconds + 20));
        var exitedAfter = clock.Elapsed;
        await TestContext.Out.WriteLineAsync(
            $"readiness failed {readinessFailedAfter.TotalSeconds:0.00} s and the process exited {exitedAfter.TotalSeconds:0.00} s after SIGTERM");

        Assert.Multiple(() =>
        {
            Assert.That(readinessFailedAfter, Is.LessThan(TimeSpan.FromSeconds(DrainSeconds)), "readiness failed within the drain");
            Assert.That(readinessBody, Does.Contain("draining"));
            Assert.That(liveness.StatusCode, Is.EqualTo(HttpStatusCode.OK), "still alive: an orchestrator must not restart it");
            Assert.That(chart.StatusCode, Is.EqualTo(HttpStatusCode.OK), "calls are still answered while draining");
            Assert.That(whole.Status, Is.EqualTo(HealthCheckResponse.Types.ServingStatus.NotServing));
            Assert.That(charts.Status, Is.EqualTo(HealthCheckResponse.Types.ServingStatus.NotServing));
            Assert.That(openDuringDrain, Is.True, "the ports stay open through the drain");
            Assert.That(exitedAfter, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(DrainSeconds - 0.5)), "the drain was waited out");
            Assert.That(server.ExitCode, Is.EqualTo(0), server.LastOutput);
            Assert.That(server.StandardOutput, Has.Some.Contains("readiness fails now"));
        });
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_second_SIGTERM_stops_at_once(CancellationToken cancellationToken)
    {
        await using var server = await ServerProcess.StartAsync("environment=Development", "LOG_LEVEL=WARNING", "SHUTDOWN_DRAIN_SECONDS=120");

        var clock = Stopwatch.StartNew();
        await server.TerminateAsync();
        using (await EventuallyAsync(server, "/readyz", HttpStatusCode.ServiceUnavailable, cancellationToken))
        {
        }

        await server.TerminateAsync();
        await server.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(60)), "far short of the 120 s drain");
        Assert.That(server.ExitCode, Is.EqualTo(0), server.LastOutput);
    }

    private static async Task<HttpResponseMessage> EventuallyAsync(
        ServerProcess server, string path, HttpStatusCode wanted, CancellationToken cancellationToken)
    {
        while (true)
        {
            var response = await server.Rest.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
            if (response.StatusCode == wanted)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(50, cancellationToken);
        }
    }
}
