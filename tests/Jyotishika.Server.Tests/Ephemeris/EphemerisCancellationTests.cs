using Grpc.Core;
using Jyotishika.Engine.Native;
using Jyotishika.V1;
using Microsoft.Extensions.DependencyInjection;

namespace Jyotishika.Server.Tests.Ephemeris;

/// <summary>
/// A caller that goes away stops the work: a million-instant positions stream (minutes of native work) is cancelled
/// after its first messages, over gRPC and over REST, and the server's ephemeris pool must fall idle.
/// </summary>
public sealed class EphemerisCancellationTests
{
    // Native, so that the work shows on the ephemeris pool (the fast path computes on the thread pool).
    private const string LongRange =
        "start=2000-01-01T00:00:00Z&end=2001-11-25T00:00:00Z&stepSeconds=60&settings.calculationPath=CALCULATION_PATH_NATIVE";

    private static EphemerisPool Pool => ServerFixture.Services.GetRequiredService<EphemerisPool>();

    [Test]
    public async Task Cancelling_a_gRPC_positions_stream_stops_the_servers_work()
    {
        var request = new PositionsRequest
        {
            Start = "2000-01-01T00:00:00Z",
            End = "2001-11-25T00:00:00Z",
            StepSeconds = 60,
            Settings = new EphemerisSettings { CalculationPath = CalculationPath.Native },
        };
        using var cancel = new CancellationTokenSource();
        var client = new EphemerisService.EphemerisServiceClient(ServerFixture.Grpc);
        using var call = client.StreamPositions(request, cancellationToken: cancel.Token);

        var sawWork = false;
        for (var i = 0; i < 50; i++)
        {
            Assert.That(await call.ResponseStream.MoveNext(), Is.True);
            sawWork |= Pool.BusyThreads + Pool.QueueDepth > 0;
        }

        Assert.That(sawWork, Is.True, "the next chunk was being computed while the first was read");
        await cancel.CancelAsync();

        await AssertPoolFallsIdleAsync();
    }

    [Test]
    public async Task Closing_a_REST_positions_stream_stops_the_servers_work()
    {
        using var cancel = new CancellationTokenSource();
        using (var response = await ServerFixture.Rest.GetAsync(
            new Uri("/v1/ephemeris/positions?" + LongRange, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancel.Token))
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancel.Token);
            var buffer = new byte[64 * 1024];
            Assert.That(await body.ReadAsync(buffer, cancel.Token), Is.GreaterThan(0));
            await cancel.CancelAsync();
        }

        await AssertPoolFallsIdleAsync();
    }

    /// <summary>Generous bounds: this checks that the work stops, not how fast the machine is.</summary>
    private static async Task AssertPoolFallsIdleAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(3);
        while ((Pool.BusyThreads > 0 || Pool.QueueDepth > 0) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        Assert.That((Pool.BusyThreads, Pool.QueueDepth), Is.EqualTo((0, 0)), "the pool is idle again");
        await Task.Delay(500);
        Assert.That((Pool.BusyThreads, Pool.QueueDepth), Is.EqualTo((0, 0)), "and nothing was left queued");
    }
}
