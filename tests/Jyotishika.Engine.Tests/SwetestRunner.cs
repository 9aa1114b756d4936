using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Jyotishika.Engine.Tests;

/// <summary>One body as swetest prints it with <c>-fPlbRs</c>: longitude, latitude, distance (AU), longitude speed.</summary>
internal sealed record SwetestBody(double Longitude, double Latitude, double DistanceAu, double Speed);

/// <summary>What one swetest run printed: header values, bodies by swetest name, and house output when requested.</summary>
internal sealed record SwetestOutput(
    double UniversalJulianDay,
    double AyanamshaDegrees,
    IReadOnlyDictionary<string, SwetestBody> Bodies,
    IReadOnlyList<double> Cusps,
    double Ascendant,
    double Midheaven,
    bool HouseSystemFailed);

/// <summary>
/// Runs the reference program <c>swetest</c> (Debian package swetest, Swiss Ephemeris 2.10.03) and parses its
/// full-precision output (<c>-ep</c>: 11 decimals of a degree, far below the 0.01″ the comparisons allow).
/// </summary>
internal static partial class SwetestRunner
{
    public const string Executable = "/usr/bin/swetest";

    /// <summary>Sun … Pluto in swetest's planet letters; the node letter is appended per chart.</summary>
    public const string Planets = "0123456789";

    /// <summary>The names swetest prints for the bodies a chart holds (Ketu has none: it is derived from Rahu).</summary>
    public static string NameOf(Graha graha, NodeType nodeType) => graha switch
    {
        Graha.Sun => "Sun",
        Graha.Moon => "Moon",
        Graha.Mars => "Mars",
        Graha.Mercury => "Mercury",
        Graha.Jupiter => "Jupiter",
        Graha.Venus => "Venus",
        Graha.Saturn => "Saturn",
        Graha.Uranus => "Uranus",
        Graha.Neptune => "Neptune",
        Graha.Pluto => "Pluto",
        Graha.Rahu or Graha.Ketu => nodeType == NodeType.True ? "true Node" : "mean Node",
        _ => throw new ArgumentOutOfRangeException(nameof(graha), graha, "No swetest body"),
    };

    /// <summary>swetest's planet letter for the node of this type.</summary>
    public static char NodeLetter(NodeType nodeType) => nodeType == NodeType.True ? 't' : 'm';

    /// <summary>
    /// The swetest sidereal option for a setting. Vedanjanam is not a library mode: it is compared against Lahiri
    /// (<c>-sid1</c>) with the 0.1° offset applied by the caller.
    /// </summary>
    public static string SiderealOption(ChartSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Ayanamsha switch
        {
            Ayanamsha.UserDefined when settings.UserAyanamsha is { } user =>
                $"-sidudef{Format(user.ReferenceJulianDay)},{Format(user.DegreesAtReference)}",
            Ayanamsha.Vedanjanam => "-sid1",
            var mode => $"-sid{(int)mode}",
        };
    }

    /// <summary>
    /// Arguments for one run at a UT1 Julian day. <paramref name="geometric"/> adds <c>-true -nodefl -nonut</c>;
    /// <paramref name="house"/> adds <c>-house</c> (note that swetest passes <c>-nonut</c> on to the houses too).
    /// </summary>
    public static List<string> Arguments(
        double julianDayUt, ChartSettings settings, string bodies, bool geometric, (double Latitude, double Longitude, char System)? house)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var arguments = new List<string>
        {
            $"-edir{EnginePool.EphemerisPath}",
            $"-bj{Format(julianDayUt)}",
            "-ut",
            SiderealOption(settings),
            $"-p{bodies}",
            "-fPlbRs",
            "-ep",
            "-g|",
        };
        if (geometric)
        {
            arguments.AddRange(["-true", "-nodefl", "-nonut"]);
        }

        if (house is { } h)
        {
            arguments.Add($"-house{Format(h.Longitude)},{Format(h.Latitude)},{h.System}");
        }

        return arguments;
    }

    public static async Task<SwetestOutput> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Executable}");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        var stdout = await output.ConfigureAwait(false);
        var stderr = await error.ConfigureAwait(false);
        if (process.ExitCode != 0 || stderr.Length > 0)
        {
            throw new InvalidOperationException(
                $"swetest {string.Join(' ', arguments)} exited with {process.ExitCode}: {stderr}{Environment.NewLine}{stdout}");
        }

        return Parse(stdout, string.Join(' ', arguments));
    }

    /// <summary>
    /// Parses swetest's text. Data rows carry the <c>|</c> column gap; header rows give UT and the ayanamsha. Any other
    /// row (a warning, a fallback to the Moshier ephemeris …) fails the parse, except the documented
    /// "House method … failed, Porphyry calculated instead", which is reported as <see cref="SwetestOutput.HouseSystemFailed"/>.
    /// </summary>
    public static SwetestOutput Parse(string text, string commandLine)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bodies = new Dictionary<string, SwetestBody>(StringComparer.Ordinal);
        var cusps = new SortedDictionary<int, double>();
        double universal = double.NaN, ayanamsha = double.NaN, ascendant = double.NaN, midheaven = double.NaN;
        var houseFailed = false;
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var line in lines.Skip(1)) // The first line echoes the command.
        {
            if (line.Contains('|', StringComparison.Ordinal))
            {
                var columns = line.Split('|');
                var label = columns[0].Trim();
                var values = columns.Skip(1).Select(c => double.Parse(c, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
                if (HouseLine().Match(label) is { Success: true } house)
                {
                    cusps[int.Parse(house.Groups[1].Value, CultureInfo.InvariantCulture)] = values[0];
                }
                else if (label == "Ascendant")
                {
                    ascendant = values[0];
                }
                else if (label == "MC")
                {
                    midheaven = values[0];
                }
                else if (values.Length == 4)
                {
                    bodies[label] = new SwetestBody(values[0], values[1], values[2], values[3]);
                }

                continue;
            }

            if (UniversalLine().Match(line) is { Success: true } ut)
            {
                universal = double.Parse(ut.Groups[1].Value, CultureInfo.InvariantCulture);
            }
            else if (AyanamshaLine().Match(line) is { Success: true } aya)
            {
                ayanamsha = FromDms(aya);
            }
            else if (line.StartsWith("error: House method", StringComparison.Ordinal))
            {
                houseFailed = true;
            }
            else if (!KnownHeaderLine().IsMatch(line))
            {
                throw new InvalidOperationException($"Unexpected swetest output '{line}' from: {commandLine}");
            }
        }

        if (double.IsNaN(universal) || double.IsNaN(ayanamsha))
        {
            throw new InvalidOperationException($"swetest printed no UT or ayanamsha header for: {commandLine}{Environment.NewLine}{text}");
        }

        return new SwetestOutput(universal, ayanamsha, bodies, cusps.Values.ToList(), ascendant, midheaven, houseFailed);
    }

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static double FromDms(Match match)
    {
        var magnitude = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)
            + int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) / 60.0
            + double.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture) / 3600.0;
        return match.Groups[1].Success ? -magnitude : magnitude;
    }

    [GeneratedRegex(@"^house\s+(\d+)$")]
    private static partial Regex HouseLine();

    [GeneratedRegex(@"^UT:\s+([0-9.]+)\s")]
    private static partial Regex UniversalLine();

    /// <summary>"TT:  2451545.000742870   ayanamsa =   23°50'10.13333213 (True Citra)"; the degree sign is any non-digit.</summary>
    [GeneratedRegex(@"ayanamsa =\s*(-)?\s*(\d+)\D\s*(\d+)'\s*([0-9.]+)")]
    private static partial Regex AyanamshaLine();

    [GeneratedRegex(@"^(date \(dmy\)|UT\s+version|geo\. long|Epsilon|Nutation|Houses system)")]
    private static partial Regex KnownHeaderLine();
}
