using System.Diagnostics;
using Grpc.Core;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests.Operations;

/// <summary>
/// SIGTERM (docker stop, a Kubernetes roll-out): the server stops accepting connections at once, lets the calls in
/// flight finish within SHUTDOWN_TIMEOUT_SECONDS, closes the ephemeris threads and exits with status 0.
/// </summary>
[TestFixture]
public sealed class GracefulShutdownTests
{
    private const int Streams = 4;
    private const int ShutdownTimeoutSeconds = 20;
    private static readonly TimeSpan Refusal = TimeSpan.FromSeconds(5);

    /// <summary>These tests time what follows the drain (ShutdownDrainTests times the drain itself).</summary>
    private const string NoDrain = "SHUTDOWN_DRAIN_SECONDS=0";

    [Test]
    [CancelAfter(120_000)]
    public async Task Calls_in_flight_finish_after_SIGTERM_while_new_connections_are_refused_and_the_exit_is_clean(
        CancellationToken cancellationToken)
    {
        await using var server = await ServerProcess.StartAsync(
            "environment=Development", "LOG_LEVEL=WARNING", $"SHUTDOWN_TIMEOUT_SECONDS={ShutdownTimeoutSeconds}", NoDrain);
        var client = new DashaService.DashaServiceClient(server.Grpc);
        int expected;
        using (var baseline = client.StreamDasha(SlowStream(), cancellationToken: cancellationToken))
        {
            expected = await CountAsync(baseline, cancellationToken);
        }

        // Each stream is in flight once its first period has arrived; the client then stops reading, so the server sits
        // in its write with the rest of the periods to go (HTTP/2 flow control), however fast the machine.
        var calls = Enumerable.Range(0, Streams)
            .Select(_ => client.StreamDasha(SlowStream(), cancellationToken: cancellationToken))
            .ToList();
        foreach (var call in calls)
        {
            Assert.That(await call.ResponseStream.MoveNext(cancellationToken), Is.True, "the stream started");
        }

        var clock = Stopwatch.StartNew();
        await server.TerminateAsync();
        var httpRefused = await EventuallyAsync(() => ServerProcess.RefusesConnectionsAsync(server.HttpPort), Refusal, cancellationToken);
        var grpcRefused = await EventuallyAsync(() => ServerProcess.RefusesConnectionsAsync(server.GrpcPort), Refusal, cancellationToken);

        // With nothing in flight the process would be gone well within this; with calls held open it must wait.
        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        var exitedWhileCallsOpen = server.HasExited;

        var received = new List<int>();
        foreach (var call in calls)
        {
            received.Add(1 + await CountAsync(call, cancellationToken));
        }

        await server.WaitForExitAsync(TimeSpan.FromSeconds(ShutdownTimeoutSeconds + 10));
        var stopped = clock.Elapsed;
        await TestContext.Out.WriteLineAsync(
            $"{Streams} streams of {expected} periods each finished after SIGTERM; " +
            $"the process exited {stopped.TotalSeconds:0.00} s after the signal");

        Assert.Multiple(() =>
        {
            Assert.That(httpRefused, Is.True, "the REST port refuses new connections after SIGTERM");
            Assert.That(grpcRefused, Is.True, "the gRPC port refuses new connections after SIGTERM");
            Assert.That(exitedWhileCallsOpen, Is.False, "the server waits for the calls in flight");
            Assert.That(received, Is.All.EqualTo(expected), "every stream in flight was served to its end");
            Assert.That(calls.Select(call => call.GetStatus().StatusCode), Is.All.EqualTo(StatusCode.OK));
            Assert.That(server.ExitCode, Is.EqualTo(0), server.LastOutput);
            Assert.That(stopped, Is.LessThan(TimeSpan.FromSeconds(ShutdownTimeoutSeconds)), "finished within the shutdown timeout");
        });
        foreach (var call in calls)
        {
            call.Dispose();
        }
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_call_outliving_the_shutdown_timeout_is_cut_off_and_the_exit_is_still_clean(CancellationToken cancellationToken)
    {
        await using var server = await ServerProcess.StartAsync(
            "environment=Development", "LOG_LEVEL=WARNING", "SHUTDOWN_TIMEOUT_SECONDS=1", NoDrain);
        var client = new DashaService.DashaServiceClient(server.Grpc);
        using var call = client.StreamDasha(SlowStream(), cancellationToken: cancellationToken);
        Assert.That(await call.ResponseStream.MoveNext(cancellationToken), Is.True, "the stream started");

        var clock = Stopwatch.StartNew();
        await server.TerminateAsync();

        // The client never reads again, so only the timeout can end this call.
        await server.WaitForExitAsync(TimeSpan.FromSeconds(15));
        var stopped = clock.Elapsed;
        await TestContext.Out.WriteLineAsync($"the process exited {stopped.TotalSeconds:0.00} s after the signal");

        Assert.Multiple(() =>
        {
            Assert.That(server.ExitCode, Is.EqualTo(0), server.LastOutput);
            Assert.That(stopped, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(0.9)), "the call had its timeout");
            Assert.That(stopped, Is.LessThan(TimeSpan.FromSeconds(10)), "and no more than that, give or take the host's own stop");
        });
    }

    /// <summary>Vimshottari down to deha (six levels) over four years: some 12,000 periods, far beyond a stream's window.</summary>
    private static DashaRequest SlowStream() => new()
    {
        Datetime = "1991-03-25T09:46:00",
        Tz = "Asia/Kolkata",
        Latitude = 18.5204,
        Longitude = 73.8567,
        Depth = 6,
        FromDate = "2020-01-01",
        ToDate = "2024-01-01",
    };

    private static async Task<int> CountAsync(AsyncServerStreamingCall<DashaPeriod> call, CancellationToken cancellationToken)
    {
        var count = 0;
        while (await call.ResponseStream.MoveNext(cancellationToken))
        {
            count++;
        }

        return count;
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var elapsed = Stopwatch.StartNew();
        while (!await condition())
        {
            if (elapsed.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(50, cancellationToken);
        }

        return true;
    }
}
