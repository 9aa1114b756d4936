using System.Diagnostics;

namespace Jyotishika.LoadGenerator;

/// <summary>This process's CPU time (user + system, every thread) and allocations at one moment, and the server's CPU time
/// when its process id is known.</summary>
internal readonly record struct CostSample(TimeSpan Cpu, long AllocatedBytes, long Timestamp, TimeSpan? ServerCpu)
{
    public static CostSample Now(int? serverProcessId) =>
        new(Environment.CpuUsage.TotalTime, GC.GetTotalAllocatedBytes(), Stopwatch.GetTimestamp(), LoadGenerator.ServerCpu.Read(serverProcessId));

    /// <summary>A sample taken at <paramref name="timestamp"/> (within the timer's few milliseconds), or at once when cancelled.</summary>
    public static async Task<CostSample> AtAsync(long timestamp, int? serverProcessId, CancellationToken cancellation)
    {
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp);
        if (wait > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(wait, cancellation).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Interrupted: the measurement ends now.
            }
        }

        return Now(serverProcessId);
    }

    /// <summary>The server's CPU over the interval, or null without <c>--server-pid</c>.</summary>
    public static ServerCost? ServerBetween(CostSample start, CostSample end, long calls)
    {
        if (start.ServerCpu is not { } before || end.ServerCpu is not { } after)
        {
            return null;
        }

        var cpu = Math.Max(0, (after - before).TotalSeconds);
        var wall = Math.Max(0, Stopwatch.GetElapsedTime(start.Timestamp, end.Timestamp).TotalSeconds);
        return new ServerCost(Math.Round(cpu, 2), wall > 0 ? Math.Round(cpu / wall, 2) : 0, calls > 0 ? Math.Round(cpu * 1e6 / calls, 1) : 0);
    }

    public static GeneratorCost Between(CostSample start, CostSample end, long calls)
    {
        var cpu = Math.Max(0, (end.Cpu - start.Cpu).TotalSeconds);
        var wall = Math.Max(0, Stopwatch.GetElapsedTime(start.Timestamp, end.Timestamp).TotalSeconds);
        var allocated = Math.Max(0, end.AllocatedBytes - start.AllocatedBytes);
        return new GeneratorCost(
            Math.Round(cpu, 3),
            wall > 0 ? Math.Round(cpu / wall, 2) : 0,
            calls > 0 ? Math.Round(cpu * 1e6 / calls, 1) : 0,
            calls > 0 ? allocated / calls : 0);
    }
}
