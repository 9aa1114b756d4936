using System.Net;
using System.Net.Sockets;
using System.Text;
using Jyotishika.Server.Platform.Streaming;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;
using Microsoft.Extensions.DependencyInjection;

namespace Jyotishika.Server.Tests.Streaming;

/// <summary>
/// Issue 15, F5: a client that opens a server stream and never reads it used to hold the stream, and what it buffered,
/// forever (still open after 150 s; 300 such streams +614 MiB). Now a write that finds no room for
/// STREAM_WRITE_TIMEOUT_SECONDS ends the stream, and one caller may hold at most MAX_STREAMS_PER_CALLER at once.
/// </summary>
[NonParallelizable]
public sealed class StalledStreamTests
{
    private const int WriteTimeoutSeconds = 2;
    private const int MaxStreams = 3;

    /// <summary>About 525,000 instants of nine bodies: far more than any socket buffer holds.</summary>
    private const string LongStream =
        "/v1/ephemeris/positions?start=1800-01-02T00:00:00Z&end=2399-12-01T00:00:00Z&stepSeconds=36000";

    private RunningServer server = null!;

    private StreamCounters Counters => server.Services.GetRequiredService<StreamCounters>();

    [OneTimeSetUp]
    public async Task StartAsync() => server = await RunningServer.StartAsync(
        "environment=Development", $"STREAM_WRITE_TIMEOUT_SECONDS={WriteTimeoutSeconds}", $"MAX_STREAMS_PER_CALLER={MaxStreams}");

    [OneTimeTearDown]
    public async Task StopAsync() => await server.DisposeAsync();

    [Test]
    public async Task REST_streams_whose_reader_stopped_are_ended_and_their_slots_returned()
    {
        var stalledBefore = Counters.StalledTotal;
        var readers = new List<Socket>();
        try
        {
            for (var i = 0; i < MaxStreams; i++)
            {
                readers.Add(await OpenUnreadStreamAsync());
            }

            await WaitUntilAsync(() => Counters.Open == MaxStreams, "the streams are open");

            // A fourth stream from the same caller is refused while three are held.
            var fourth = new Uri(LongStream, UriKind.Relative);
            using (var refused = await server.Rest.GetAsync(fourth, HttpCompletionOption.ResponseHeadersRead))
            {
                var text = await refused.Content.ReadAsStringAsync();
                Assert.That((int)refused.StatusCode, Is.EqualTo(429), text);
                Assert.That(text, Does.Contain("\"code\": 8").Or.Contain("\"code\":8"), "RESOURCE_EXHAUSTED");
            }

            await WaitUntilAsync(() => Counters.Open == 0, "every unread stream is ended");
            Assert.That(Counters.StalledTotal - stalledBefore, Is.EqualTo(MaxStreams), "each was ended for its stalled writes");
            foreach (var reader in readers)
            {
                Assert.That(await DrainsToTheEndAsync(reader), Is.True, "the server closed the connection");
            }

            // The slots are free again: a stream read to its end succeeds.
            using var again = await server.Rest.GetAsync(new Uri(
                "/v1/ephemeris/positions?start=2026-01-01T00:00:00Z&end=2026-01-01T02:00:00Z&stepSeconds=3600", UriKind.Relative));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
        finally
        {
            readers.ForEach(reader => reader.Dispose());
        }
    }

    [Test]
    public async Task A_gRPC_stream_whose_reader_stopped_is_ended()
    {
        var stalledBefore = Counters.StalledTotal;
        var client = new EphemerisService.EphemerisServiceClient(server.Grpc);
        using var call = client.StreamPositions(new PositionsRequest
        {
            Start = "1800-01-02T00:00:00Z", End = "2399-12-01T00:00:00Z", StepSeconds = 36000,
        });

        // Never read: HTTP/2 flow control stops the server once the client's window and Kestrel's buffer are full.
        await WaitUntilAsync(() => Counters.StalledTotal > stalledBefore, "the unread gRPC stream is ended");
        await WaitUntilAsync(() => Counters.Open == 0, "no stream is left open");
    }

    private async Task<Socket> OpenUnreadStreamAsync()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 4096 };
        await socket.ConnectAsync(IPAddress.Loopback, server.HttpPort);
        await socket.SendAsync(Encoding.ASCII.GetBytes($"GET {LongStream} HTTP/1.1\r\nHost: test\r\n\r\n"));
        return socket;
    }

    /// <summary>Reads what was buffered until the server's close arrives: true when it does within the time allowed.</summary>
    private static async Task<bool> DrainsToTheEndAsync(Socket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[64 * 1024];
        try
        {
            while (await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token) > 0)
            {
            }

            return true;
        }
        catch (SocketException)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Polls for a condition the server reaches on its own timers: the write timeout plus a generous margin.</summary>
    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(WriteTimeoutSeconds + 30);
        while (!condition())
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), $"timed out waiting: {what}");
            await Task.Delay(50);
        }
    }
}
