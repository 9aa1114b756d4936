using System.Globalization;
using Grpc.Core;
using Jyotishika.Client.Tests.Infrastructure;
using Jyotishika.V1;

namespace Jyotishika.Client.Tests.Calls;

/// <summary>
/// The default deadline, as the server sees it: gRPC sends a call's deadline as the <c>grpc-timeout</c> header, the time
/// left when the request leaves.
/// </summary>
public sealed class DefaultDeadlineInterceptorTests
{
    private ScriptedGrpcServer server = null!;

    [SetUp]
    public async Task StartAsync() => server = await ScriptedGrpcServer.StartAsync();

    [TearDown]
    public async Task StopAsync() => await server.DisposeAsync();

    [Test]
    public async Task Unary_call_without_a_deadline_gets_ten_seconds()
    {
        await using var client = new ClientServices(server.Address);

        await client.Charts.ComputeChartAsync(new ChartRequest());

        Assert.That(TimeoutSent(), Is.InRange(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)));
    }

    [Test]
    public async Task The_callers_own_deadline_wins()
    {
        await using var client = new ClientServices(server.Address);

        await client.Charts.ComputeChartAsync(new ChartRequest(), deadline: DateTime.UtcNow.AddMinutes(2));

        Assert.That(TimeoutSent(), Is.InRange(TimeSpan.FromSeconds(60), TimeSpan.FromMinutes(2)));
    }

    [Test]
    public async Task DateTime_MaxValue_asks_for_no_deadline()
    {
        await using var client = new ClientServices(server.Address);

        await client.Charts.ComputeChartAsync(new ChartRequest(), deadline: DateTime.MaxValue);

        Assert.That(server.Received.Single().Header("grpc-timeout"), Is.Null);
    }

    [Test]
    public async Task The_configured_default_applies_to_blocking_calls_too()
    {
        await using var client = new ClientServices(server.Address, o => o.DefaultDeadline = TimeSpan.FromSeconds(3));

        client.Charts.ComputeChart(new ChartRequest());

        Assert.That(TimeoutSent(), Is.InRange(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)));
    }

    [Test]
    public async Task No_default_leaves_the_call_without_a_deadline()
    {
        await using var client = new ClientServices(server.Address, o => o.DefaultDeadline = null);

        await client.Charts.ComputeChartAsync(new ChartRequest());

        Assert.That(server.Received.Single().Header("grpc-timeout"), Is.Null);
    }

    [Test]
    public async Task Streams_have_no_deadline_unless_a_streaming_default_is_set()
    {
        await using var unbounded = new ClientServices(server.Address);
        await using var bounded = new ClientServices(server.Address, o => o.DefaultStreamingDeadline = TimeSpan.FromMinutes(5));

        await DrainAsync(unbounded.All.Dashas.StreamDasha(new DashaRequest()));
        await DrainAsync(bounded.All.Dashas.StreamDasha(new DashaRequest()));

        Assert.Multiple(() =>
        {
            Assert.That(server.Received[0].Header("grpc-timeout"), Is.Null);
            Assert.That(Parse(server.Received[1].Header("grpc-timeout")!), Is.InRange(TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5)));
        });
    }

    [Test]
    public async Task A_call_outliving_its_deadline_fails_once_with_DEADLINE_EXCEEDED()
    {
        await using var client = new ClientServices(server.Address, o => o.DefaultDeadline = TimeSpan.FromMilliseconds(300));
        server.Enqueue(ScriptedAnswer.After(TimeSpan.FromSeconds(5)), ScriptedAnswer.After(TimeSpan.FromSeconds(5)));

        var error = Assert.ThrowsAsync<JyotishikaRpcException>(async () => await client.Charts.ComputeChartAsync(new ChartRequest()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(StatusCode.DeadlineExceeded));
            Assert.That(client.Attempts, Is.EqualTo(1), "the deadline spans every attempt: nothing is left for a retry");
        });
    }

    private static async Task DrainAsync<T>(AsyncServerStreamingCall<T> call)
    {
        using (call)
        {
            while (await call.ResponseStream.MoveNext(CancellationToken.None))
            {
            }
        }
    }

    private TimeSpan TimeoutSent() =>
        Parse(server.Received.Single().Header("grpc-timeout") ?? throw new AssertionException("no grpc-timeout sent"));

    /// <summary>gRPC's timeout: an integer and a unit (H hours, M minutes, S seconds, m milliseconds, u micro-, n nanoseconds).</summary>
    private static TimeSpan Parse(string timeout)
    {
        var value = long.Parse(timeout[..^1], CultureInfo.InvariantCulture);
        return timeout[^1] switch
        {
            'H' => TimeSpan.FromHours(value),
            'M' => TimeSpan.FromMinutes(value),
            'S' => TimeSpan.FromSeconds(value),
            'm' => TimeSpan.FromMilliseconds(value),
            'u' => TimeSpan.FromMicroseconds(value),
            'n' => TimeSpan.FromTicks(value / 100),
            _ => throw new FormatException($"Not a gRPC timeout: {timeout}"),
        };
    }
}
