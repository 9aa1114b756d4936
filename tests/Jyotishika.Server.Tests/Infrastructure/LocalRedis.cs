using System.Net;
using System.Net.Sockets;

namespace Jyotishika.Server.Tests.Infrastructure;

/// <summary>
/// A real redis-server (the Debian package) on a loopback port of its own with a throwaway folder and no persistence, so a
/// test can take Redis down and bring it back, exactly as an outage looks to the server.
/// </summary>
public sealed class LocalRedis : IAsyncDisposable
{
    private const string Program = "redis-server";

    // Written once the listening socket is bound; a PING answered before it could come from another program's Redis.
    private const string ReadyLine = "Ready to accept connections";
    private const string PortTakenLine = "Address already in use";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(1);

    private readonly string directory;
    private ChildProcess? server;

    private LocalRedis(string directory) => this.directory = directory;

    public int Port { get; private set; }

    public string Url => $"redis://127.0.0.1:{Port}";

    public static Task<LocalRedis> StartAsync() => StartAsync(PortRetry.Candidates());

    /// <summary>Starts on the first of <paramref name="ports"/> that is free (<see cref="PortRetry"/>).</summary>
    internal static async Task<LocalRedis> StartAsync(IEnumerable<int> ports)
    {
        var redis = new LocalRedis(Directory.CreateTempSubdirectory("jyotishika-redis-").FullName);
        try
        {
            return await PortRetry.StartAsync(
                async port =>
                {
                    redis.Port = port;
                    await redis.StartAgainAsync().ConfigureAwait(false);
                    return redis;
                },
                ports).ConfigureAwait(false);
        }
        catch
        {
            await redis.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Brings a stopped server back on the same port; it comes back empty, as Redis without persistence does. Throws
    /// <see cref="PortTakenException"/> if another program took the port meanwhile.
    /// </summary>
    public async Task StartAgainAsync()
    {
        if (server is not null)
        {
            throw new InvalidOperationException($"Redis on port {Port} is already running.");
        }

        // --save "" and --appendonly no: nothing is written to disk, so a stop loses the data and no test depends on it.
        var started = ChildProcess.Start(
            Program,
            [
                "--bind", "127.0.0.1", "--port", $"{Port}", "--save", "", "--appendonly", "no",
                "--dir", directory, "--daemonize", "no", "--protected-mode", "yes",
            ],
            directory);
        server = started;
        try
        {
            await started.WaitUntilReadyAsync(AnswersPingAsync, StartTimeout).ConfigureAwait(false);
        }
        catch (InvalidOperationException refused) when (started.HasExited && started.HasWritten(PortTakenLine))
        {
            started.Dispose();
            server = null;
            throw new PortTakenException(Port, refused);
        }
    }

    /// <summary>Kills the server, as a crash or an outage would; once this returns, connections to the port are refused.</summary>
    public async Task StopAsync()
    {
        if (server is null)
        {
            return;
        }

        try
        {
            await server.KillAsync().ConfigureAwait(false);
        }
        finally
        {
            server.Dispose();
            server = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync().ConfigureAwait(false);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private async Task<bool> AnswersPingAsync()
    {
        if (server?.HasWritten(ReadyLine) != true)
        {
            return false;
        }

        using var timeout = new CancellationTokenSource(ProbeTimeout);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port, timeout.Token).ConfigureAwait(false);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), timeout.Token).ConfigureAwait(false);
            var reply = new byte[7];
            var read = await stream.ReadAtLeastAsync(reply, reply.Length, throwOnEndOfStream: false, timeout.Token).ConfigureAwait(false);
            return reply.AsSpan(0, read).SequenceEqual("+PONG\r\n"u8);
        }
        catch (Exception probeFailure) when (probeFailure is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }
}
