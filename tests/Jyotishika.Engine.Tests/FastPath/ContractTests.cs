using System.Diagnostics;
using System.Globalization;
using System.Text;
using Jyotishika.Engine.FastPath;
using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Tests.FastPath;

/// <summary>
/// The fast path's contract, measured: for every body, a million uniformly random instants over 1800–2399, fast
/// positions against the library's own sidereal positions (swe_calc_ut with SEFLG_SIDEREAL, Lahiri) — the very values
/// a native chart reports. The measured maxima are printed for the CI log, then held to <see cref="FastPathContract"/>.
/// </summary>
/// <remarks>
/// Instants in a hole of the tables (left to the library: a few minutes around solar conjunctions, the true node's speed
/// window at lunar file boundaries) are counted and printed; the engine answers those natively, which the fallback tests
/// check. Each chunk runs as one job on a pool thread, sorted in time so the library's segment cache helps.
/// </remarks>
[TestFixture]
public sealed class ContractTests
{
    private const int InstantsPerBody = 1_000_000;
    private const int ChunkSize = 20_000;

    private static readonly (Graha Graha, NodeType Node, string Name)[] Bodies =
    [
        (Graha.Sun, NodeType.Mean, "Sun"), (Graha.Moon, NodeType.Mean, "Moon"), (Graha.Mercury, NodeType.Mean, "Mercury"),
        (Graha.Venus, NodeType.Mean, "Venus"), (Graha.Mars, NodeType.Mean, "Mars"), (Graha.Jupiter, NodeType.Mean, "Jupiter"),
        (Graha.Saturn, NodeType.Mean, "Saturn"), (Graha.Uranus, NodeType.Mean, "Uranus"), (Graha.Neptune, NodeType.Mean, "Neptune"),
        (Graha.Pluto, NodeType.Mean, "Pluto"), (Graha.Rahu, NodeType.Mean, "Mean node"), (Graha.Rahu, NodeType.True, "True node"),
    ];

    [Test]
    public async Task Every_body_matches_the_library_within_the_contract_at_a_million_random_instants()
    {
        var stopwatch = Stopwatch.StartNew();
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{"body",-10} {"instants",9} {"native",7} {"longitude″",12} {"speed″/day",12} {"latitude″",12} {"distance(rel)",14}");
        var all = new List<(string Name, Maxima Maxima)>();
        for (var b = 0; b < Bodies.Length; b++)
        {
            var (graha, node, name) = Bodies[b];
            var settings = ChartSettings.Default with { NodeType = node };
            var instants = FastPathCases.JulianDays(InstantsPerBody, 900 + b);
            var chunks = Enumerable.Range(0, (instants.Length + ChunkSize - 1) / ChunkSize)
                .Select(c => FastPathTables.Pool.RunAsync(
                    session => Compare(session, graha, settings, instants.AsSpan(c * ChunkSize, Math.Min(ChunkSize, instants.Length - c * ChunkSize))),
                    CancellationToken.None));
            var maxima = (await Task.WhenAll(chunks).ConfigureAwait(false)).Aggregate(Maxima.Combine);
            all.Add((name, maxima));
            table.AppendLine(CultureInfo.InvariantCulture,
                $"{name,-10} {maxima.Count,9} {maxima.Native,7} {maxima.Longitude * 3600,12:0.000E+00} {maxima.Speed * 3600,12:0.000E+00} " +
                $"{maxima.Latitude * 3600,12:0.000E+00} {maxima.Distance,14:0.000E+00}");
        }

        await TestContext.Out.WriteLineAsync($"Fast path vs library, {InstantsPerBody:N0} random instants per body ({stopwatch.Elapsed.TotalSeconds:0} s):")
            .ConfigureAwait(false);
        await TestContext.Out.WriteLineAsync(table.ToString()).ConfigureAwait(false);

        Assert.Multiple(() =>
        {
            foreach (var (name, maxima) in all)
            {
                Assert.That(maxima.Count, Is.EqualTo(InstantsPerBody), name);
                Assert.That(maxima.Longitude * 3600, Is.LessThanOrEqualTo(FastPathContract.LongitudeArcSeconds), $"{name} longitude (″)");
                Assert.That(maxima.Speed * 3600, Is.LessThanOrEqualTo(FastPathContract.SpeedArcSecondsPerDay), $"{name} speed (″/day)");
                Assert.That(maxima.Latitude * 3600, Is.LessThanOrEqualTo(FastPathContract.LatitudeArcSeconds), $"{name} latitude (″)");
                Assert.That(maxima.Distance, Is.LessThanOrEqualTo(FastPathContract.RelativeDistance), $"{name} distance (relative)");
                Assert.That(maxima.Native, Is.LessThan(InstantsPerBody / 1000), $"{name}: at most 0.1% of instants left to the library");
            }
        });
    }

    private static Maxima Compare(EphemerisSession session, Graha graha, ChartSettings settings, ReadOnlySpan<double> chunk)
    {
        var instants = chunk.ToArray();
        Array.Sort(instants);
        var fast = new BodyPosition[instants.Length];
        FastPathTables.Fast.GetPositions(graha, instants, settings, fast);

        ChartCalculator.SetSiderealMode(session, settings);
        var flags = ChartCalculator.PositionFlags(settings.PositionType);
        var body = ChartAssembly.LibraryBody(graha, settings);
        var maxima = new Maxima { Count = instants.Length };
        for (var i = 0; i < instants.Length; i++)
        {
            if (!fast[i].IsAnswered)
            {
                maxima.Native++;
                continue;
            }

            var native = session.Calculate(instants[i], body, flags);
            maxima.Longitude = Math.Max(maxima.Longitude, Arc.Separation(fast[i].Longitude, native.Longitude));
            maxima.Speed = Math.Max(maxima.Speed, Math.Abs(fast[i].Speed - native.LongitudeSpeed));
            maxima.Latitude = Math.Max(maxima.Latitude, Math.Abs(fast[i].Latitude - native.Latitude));
            maxima.Distance = Math.Max(maxima.Distance, Math.Abs(fast[i].DistanceAu - native.Distance) / native.Distance);
        }

        return maxima;
    }

    private sealed class Maxima
    {
        public int Count { get; set; }

        public int Native { get; set; }

        public double Longitude { get; set; }

        public double Speed { get; set; }

        public double Latitude { get; set; }

        public double Distance { get; set; }

        public static Maxima Combine(Maxima a, Maxima b) => new()
        {
            Count = a.Count + b.Count,
            Native = a.Native + b.Native,
            Longitude = Math.Max(a.Longitude, b.Longitude),
            Speed = Math.Max(a.Speed, b.Speed),
            Latitude = Math.Max(a.Latitude, b.Latitude),
            Distance = Math.Max(a.Distance, b.Distance),
        };
    }
}
