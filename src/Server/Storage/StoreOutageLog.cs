namespace Jyotishika.Server.Storage;

/// <summary>
/// Logs a storage service going away and coming back once each, however many requests meet it in between (every
/// request during an outage used to log its own warning: 23,302 lines in 10 s under load), and counts the outages.
/// </summary>
public sealed partial class StoreOutageLog(ILogger<StoreOutageLog> logger, TimeProvider time)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, long> downSince = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> outages = new(StringComparer.Ordinal);
    private volatile int downCount;

    /// <summary>Outages since start-up, per store that has had one.</summary>
    public IReadOnlyDictionary<string, long> Outages
    {
        get
        {
            lock (gate)
            {
                return new Dictionary<string, long>(outages, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>The store is unavailable now: its last use failed and none has succeeded since.</summary>
    public bool IsDown(string store)
    {
        lock (gate)
        {
            return downSince.ContainsKey(store);
        }
    }

    public void Unavailable(string store, Exception? failure)
    {
        lock (gate)
        {
            if (!downSince.TryAdd(store, time.GetTimestamp()))
            {
                return;
            }

            downCount = downSince.Count;
            outages[store] = outages.GetValueOrDefault(store) + 1;
        }

        LogDown(logger, store, failure?.GetType().Name ?? "not ready");
    }

    /// <summary>Called on every success, so it costs one read while nothing is down.</summary>
    public void Available(string store)
    {
        if (downCount == 0)
        {
            return;
        }

        long since;
        lock (gate)
        {
            if (!downSince.Remove(store, out since))
            {
                return;
            }

            downCount = downSince.Count;
        }

        LogUp(logger, store, time.GetElapsedTime(since).TotalSeconds);
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "{Store} is unavailable ({Reason}); calls that need it answer UNAVAILABLE until it returns")]
    private static partial void LogDown(ILogger logger, string store, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Store} is available again after {Seconds:0.0} s")]
    private static partial void LogUp(ILogger logger, string store, double seconds);
}
