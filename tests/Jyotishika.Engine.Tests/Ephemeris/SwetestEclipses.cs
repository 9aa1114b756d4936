using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Jyotishika.Engine.Tests.Ephemeris;

/// <summary>
/// One eclipse as swetest -solecl / -lunecl (optionally -local) prints it: the type words, the maximum's Julian day (UT,
/// 6 decimals), the magnitudes of the slash group, and the contact column as seconds of the UT day (null for "-").
/// </summary>
internal sealed record SwetestEclipse(string Type, double MaximumJulianDayUt, double[] Magnitudes, double?[] Contacts);

/// <summary>
/// Runs swetest's eclipse searches and reads their two-line records: a line holding "saros" (type, date, time,
/// magnitudes, saros, Julian day) followed by the contact times. Anything else that is not a known header fails the parse.
/// </summary>
internal static partial class SwetestEclipses
{
    public static async Task<IReadOnlyList<SwetestEclipse>> RunAsync(params string[] options) => Parse(await RunTextAsync(options));

    /// <summary>swetest's whole output with the ephemeris folder the engine reads; fails on a non-zero exit or any stderr.</summary>
    public static async Task<string> RunTextAsync(params string[] options)
    {
        var start = new ProcessStartInfo(SwetestRunner.Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add($"-edir{EnginePool.EphemerisPath}");
        foreach (var option in options)
        {
            start.ArgumentList.Add(option);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("swetest did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await output;
        if (process.ExitCode != 0 || error.Length > 0)
        {
            throw new InvalidOperationException($"swetest {string.Join(' ', options)} failed: {error}{text}");
        }

        return text;
    }

    public static List<SwetestEclipse> Parse(string text)
    {
        var lines = text.Split('\n').Skip(1).Where(line => line.Trim().Length > 0).ToList(); // the first line echoes the command
        var eclipses = new List<SwetestEclipse>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.StartsWith("geo. long", StringComparison.Ordinal) || GeographicLine().IsMatch(line))
            {
                continue; // the -local header, and the global record's third line (place of maximum, duration)
            }

            if (!line.Contains("saros", StringComparison.Ordinal) || i + 1 >= lines.Count)
            {
                throw new InvalidOperationException($"Unexpected swetest line '{line}'");
            }

            var fields = line.Split('\t');
            // -local prints the date in the type's field.
            var type = Whitespace().Replace(TrailingDate().Replace(fields[0], string.Empty).Trim(), " ");
            var magnitudes = fields.Single(f => f.Contains('/', StringComparison.Ordinal) && !f.Contains("saros", StringComparison.Ordinal))
                .Split('/').Select(Number).ToArray();
            var julianDay = Number(fields[^1]);
            var contactLine = lines[++i];
            var contactText = contactLine[..contactLine.IndexOf("dt=", StringComparison.Ordinal)];
            contactText = Duration().Replace(contactText, string.Empty);
            var contacts = ContactToken().Matches(contactText)
                .Select(m => m.Value == "-" ? (double?)null : Seconds(m))
                .ToArray();
            eclipses.Add(new SwetestEclipse(type, julianDay, magnitudes, contacts));
        }

        return eclipses;
    }

    private static double Number(string text) => double.Parse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static double Seconds(Match m) =>
        (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) * 3600)
        + (int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) * 60)
        + Number(m.Groups[3].Value);

    /// <summary>hms as swetest prints it: "03:46:00.4", " 6:40: 6.1"; or "-" for a contact that does not occur or is not seen.</summary>
    [GeneratedRegex(@"(\d+):\s*(\d+):\s*(\d+(?:\.\d+)?)|(?<=\s)-(?=\s)")]
    private static partial Regex ContactToken();

    [GeneratedRegex(@"\d+ min [\d.]+ sec")]
    private static partial Regex Duration();

    [GeneratedRegex(@"\s*\d+\.\d+\.-?\d+\S*\s*$")]
    private static partial Regex TrailingDate();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>"\t-104° 9'15"\t  25°17' 8"\t4 min 28.03 sec": longitude and latitude of the maximum.</summary>
    [GeneratedRegex(@"^\s*-?\d+\D\s*\d+'\s*\d+""\s+-?\d+\D")]
    private static partial Regex GeographicLine();
}
