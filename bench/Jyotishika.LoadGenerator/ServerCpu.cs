using System.Globalization;

namespace Jyotishika.LoadGenerator;

/// <summary>
/// The CPU time of another process on this machine (the server under test), from <c>/proc/PID/stat</c>. On a shared
/// 2-core machine throughput swings with the neighbours' load; the server's CPU per call does much less, so it is what
/// tuning is judged by.
/// </summary>
internal static class ServerCpu
{
    // utime and stime are fields 14 and 15 of /proc/PID/stat, in clock ticks; Linux's USER_HZ is 100 on every
    // mainstream build.
    private const double TicksPerSecond = 100;

    public static TimeSpan? Read(int? processId)
    {
        if (processId is not { } pid)
        {
            return null;
        }

        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
        }
        catch (IOException)
        {
            return null;
        }

        // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
