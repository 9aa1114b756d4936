namespace Jyotishika.Server.Configuration;

/// <summary>Bounds on server streams (ephemeris positions and events, dasha periods), gRPC and REST alike.</summary>
public sealed record StreamOptions
{
    /// <summary>
    /// MAX_STREAMS_PER_CALLER: streams one caller (a signed-in user, else a client IP or IPv6 /64) may hold open at once;
    /// one more is refused with RESOURCE_EXHAUSTED (REST 429). Default 4: a page showing positions, events and dashas
    /// side by side needs three.
    /// </summary>
    public int MaxStreamsPerCaller { get; init; } = 4;

    /// <summary>
    /// STREAM_WRITE_TIMEOUT_SECONDS: how long one message may wait for room to be written before the stream is ended
    /// (the connection closed for HTTP/1.1, the stream reset for HTTP/2). Writes wait only when the client has stopped
    /// reading and the buffers between (Kestrel's 64 KiB, the client's HTTP/2 window, the sockets) are full, so this
    /// ends a stream whose reader stopped, or reads under about 1 KiB/s. Default 30 s.
    /// </summary>
    public TimeSpan WriteTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public static StreamOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var defaults = new StreamOptions();
        return new StreamOptions
        {
            MaxStreamsPerCaller = ConfigurationReader.Integer(
                configuration, "MAX_STREAMS_PER_CALLER", defaults.MaxStreamsPerCaller, 1, 10_000),
            WriteTimeout = ConfigurationReader.Seconds(configuration, "STREAM_WRITE_TIMEOUT_SECONDS", defaults.WriteTimeout, 1, 3600),
        };
    }
}
