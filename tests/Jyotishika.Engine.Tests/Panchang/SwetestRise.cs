using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Jyotishika.Engine.Tests.Panchang;

/// <summary>
/// Runs <c>swetest -rise</c> from a Julian day (UT) and collects every rise and set it prints (to 0.1 s). swetest pairs
/// each rise with the following set and prints "-" for missing ones, so events are read as two separate lists.
/// </summary>
internal static partial class SwetestRise
{
    public static async Task<(List<DateTime> Rises, List<DateTime> Sets)> RunAsync(
        double startJd, char body, double latitude, double longitude, bool hindu)
    {
        var start = new ProcessStartInfo(SwetestRunner.Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            $"-edir{EnginePool.EphemerisPath}", $"-bj{SwetestRunner.Format(startJd)}", "-ut", "-rise", $"-p{body}",
            $"-geopos{SwetestRunner.Format(longitude)},{SwetestRunner.Format(latitude)},0", "-n3",
        })
        {
            start.ArgumentList.Add(argument);
        }

        if (hindu)
        {
            start.ArgumentList.Add("-hindu");
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("swetest did not start");
        var output = await process.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
        await process.WaitForExitAsync().ConfigureAwait(false);
        Assert.That(process.ExitCode, Is.Zero, output);
        var rises = new List<DateTime>();
        var sets = new List<DateTime>();
        foreach (Match match in Event().Matches(output))
        {
            var instant = new DateTime(
                int.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups[5].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups[6].Value, CultureInfo.InvariantCulture),
                0,
                DateTimeKind.Utc).AddSeconds(double.Parse(match.Groups[7].Value, CultureInfo.InvariantCulture));
            (match.Groups[1].Value == "rise" ? rises : sets).Add(instant);
        }

        return (rises, sets);
    }

    [GeneratedRegex(@"(rise|set)\s+(\d+)\.(\d+)\.(\d+)\s+(\d+):(\d+):([0-9.]+)")]
    private static partial Regex Event();
}
