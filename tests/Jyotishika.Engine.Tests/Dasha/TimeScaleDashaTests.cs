using System.Globalization;
using Jyotishika.Engine.Dasha;

namespace Jyotishika.Engine.Tests.Dasha;

/// <summary>
/// The civil UTC read as UT (<see cref="TimeScale.UtcAsUt"/>) reproduces Jagannatha Hora's and PyJHora's Vimshottari
/// dates to the second: all 81 antardasha starts of PyJHora's JHora-checked test birth (Dasha/Data, values only).
/// UT1 − UTC was −0.069 s that day, and under the default UT1 that alone moves every date by about 7 min 24 s.
/// </summary>
public sealed class TimeScaleDashaTests
{
    private static readonly DateTime Birth = new(1996, 12, 7, 5, 4, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Ist = TimeSpan.FromMinutes(330);

    private static async Task<List<DashaPeriod>> Antardashas(TimeScale scale)
    {
        var settings = ChartSettings.Default with { PositionType = PositionType.Geometric, TimeScale = scale };
        var chart = await EnginePool.Engine.ComputeAsync(new ChartInput(Birth, 13.0389, 80.2619, settings));
        var moon = chart.Grahas.Single(g => g.Graha == Graha.Moon).Longitude;
        return DashaCalculator.Periods(DashaScheme.Vimshottari, moon, Birth, DashaYearLength.MeanSidereal, 2, Birth.AddYears(-1), Birth.AddYears(120))
            .Where(p => p.Level == 2).ToList();
    }

    private static List<(string Maha, string Antara, DateTime StartUtc)> Expected() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Dasha", "Data", "pyjhora-vimshottari-chennai-1996.txt"))
            .Where(line => !line.StartsWith('#'))
            .Select(line => line.Split(' ', 3))
            .Select(parts => (parts[0], parts[1],
                DateTime.SpecifyKind(DateTime.ParseExact(parts[2], "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) - Ist, DateTimeKind.Utc)))
            .ToList();

    [Test]
    public async Task Utc_read_as_ut_gives_every_antardasha_start_to_the_second()
    {
        var expected = Expected();
        var periods = await Antardashas(TimeScale.UtcAsUt);

        Assert.That(expected, Has.Count.EqualTo(81));
        Assert.Multiple(() =>
        {
            for (var i = 0; i < expected.Count; i++)
            {
                var period = periods[i];
                Assert.That($"{period.Path[0].Name} {period.Path[1].Name}", Is.EqualTo($"{expected[i].Maha} {expected[i].Antara}"));

                // PyJHora prints whole seconds; ours are rounded to the nearest.
                var start = new DateTime((period.Start.Ticks + TimeSpan.TicksPerSecond / 2) / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond);
                Assert.That(Math.Abs((start - expected[i].StartUtc).TotalSeconds), Is.LessThanOrEqualTo(1),
                    $"{expected[i].Maha}/{expected[i].Antara}: {period.Start:O} against {expected[i].StartUtc:O}");
            }
        });
    }

    [Test]
    public async Task Under_ut1_the_same_birth_runs_about_seven_minutes_later()
    {
        var asUt = await Antardashas(TimeScale.UtcAsUt);
        var ut1 = await Antardashas(TimeScale.Ut1);

        // UT1 − UTC = −0.069 s puts the Moon 0.069 s back along its path: less of its nakshatra elapsed, so the dasha
        // running at birth started later; every later start shifts with it.
        var shift = ut1[0].Start - asUt[0].Start;
        Assert.That(shift.TotalSeconds, Is.EqualTo(444).Within(2));
        Assert.That((ut1[^1].Start - asUt[^1].Start).TotalSeconds, Is.EqualTo(shift.TotalSeconds).Within(0.01));
    }
}

/// <summary>What each time scale makes of a civil UTC instant.</summary>
public sealed class TimeScaleTests
{
    [Test]
    public async Task From_1972_utc_as_ut_differs_from_ut1_by_under_a_second_and_before_1972_not_at_all()
    {
        async Task<double> JulianDay(DateTime utc, TimeScale scale) =>
            (await EnginePool.Engine.ComputeAsync(
                new ChartInput(utc, 13.0, 80.0, ChartSettings.Default with { TimeScale = scale, PositionType = PositionType.Geometric }))).JulianDayUt;

        var in1996 = new DateTime(1996, 12, 7, 5, 4, 0, DateTimeKind.Utc);
        var in1960 = new DateTime(1960, 6, 1, 12, 0, 0, DateTimeKind.Utc);

        // swe_julday(1996, 12, 7, 5 + 4 / 60) = 2450424.7111111…; the library put UT1 − UTC at −0.069 s that day.
        var asUt = await JulianDay(in1996, TimeScale.UtcAsUt);
        Assert.That(asUt, Is.EqualTo(2450424.5 + (5 + 4 / 60.0) / 24).Within(1e-9));
        Assert.That((await JulianDay(in1996, TimeScale.Ut1) - asUt) * 86400, Is.EqualTo(-0.069).Within(0.01));

        // Before 1972 the library itself reads the civil time as UT1.
        Assert.That(await JulianDay(in1960, TimeScale.Ut1), Is.EqualTo(await JulianDay(in1960, TimeScale.UtcAsUt)).Within(1e-9));
    }
}
