using System.Globalization;

namespace Jyotishika.Engine.Tests;

/// <summary>
/// Combustion and retrogression on computed charts against the classical rules, recomputed here from the chart's own
/// longitudes: combustion orbs of Surya Siddhanta / BPHS (Moon 12°, Mars 17°, Mercury 14° or 12° retrograde,
/// Jupiter 11°, Venus 10° or 8° retrograde, Saturn 15°); retrograde means moving backward in longitude.
/// </summary>
[TestFixture]
public sealed class CombustionAndRetrogradeTests
{
    private static readonly Graha[] NeverCombust = [Graha.Sun, Graha.Rahu, Graha.Ketu, Graha.Uranus, Graha.Neptune, Graha.Pluto];

    private List<Chart> charts = null!;

    /// <summary>A chart every two days through 2023–2024 (two Mercury cycles, a Venus retrogression), in both position types.</summary>
    [OneTimeSetUp]
    public async Task ComputeChartsAsync()
    {
        var start = new DateTime(2023, 1, 1, 6, 0, 0, DateTimeKind.Utc);
        var inputs = Enumerable.Range(0, 366).Select(i => new ChartInput(
            start.AddDays(2 * i),
            28.61,
            77.21,
            new ChartSettings { IncludeOuterPlanets = true, PositionType = i % 2 == 0 ? PositionType.Apparent : PositionType.Geometric }));
        charts = [.. await Task.WhenAll(inputs.Select(input => EnginePool.Engine.ComputeAsync(input))).ConfigureAwait(false)];
    }

    [TestCase("2023-05-01", Graha.Mercury, true, TestName = "Mercury is retrograde on 2023-05-01 (21 Apr – 15 May 2023)")]
    [TestCase("2023-06-01", Graha.Mercury, false, TestName = "Mercury is direct on 2023-06-01")]
    [TestCase("2023-08-13", Graha.Venus, true, TestName = "Venus is retrograde on 2023-08-13 (23 Jul – 4 Sep 2023)")]
    [TestCase("2023-10-01", Graha.Venus, false, TestName = "Venus is direct on 2023-10-01")]
    [TestCase("2024-09-01", Graha.Saturn, true, TestName = "Saturn is retrograde on 2024-09-01 (29 Jun – 15 Nov 2024)")]
    public async Task Published_retrograde_periods_show_as_negative_speed(string date, Graha graha, bool retrograde)
    {
        var instant = DateTime.SpecifyKind(DateTime.Parse(date, CultureInfo.InvariantCulture), DateTimeKind.Utc);
        var chart = await EnginePool.Engine.ComputeAsync(new ChartInput(instant, 0, 0, ChartSettings.Default)).ConfigureAwait(false);
        var position = chart.Grahas.Single(g => g.Graha == graha);
        Assert.Multiple(() =>
        {
            Assert.That(position.Retrograde, Is.EqualTo(retrograde));
            Assert.That(position.Speed < 0, Is.EqualTo(retrograde), $"speed {position.Speed}°/day");
        });
    }

    [TestCase("2023-04-21T08:35:00Z", true, TestName = "Mercury is stationary at its retrograde station on 2023-04-21 08:35 UT")]
    [TestCase("2023-06-01T00:00:00Z", false, TestName = "Mercury is not stationary in fast direct motion on 2023-06-01")]
    public async Task Mercury_is_stationary_only_near_its_station(string instant, bool stationary)
    {
        var utc = DateTime.Parse(instant, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        var chart = await EnginePool.Engine.ComputeAsync(new ChartInput(utc, 0, 0, ChartSettings.Default)).ConfigureAwait(false);
        var mercury = chart.Grahas.Single(g => g.Graha == Graha.Mercury);
        Assert.Multiple(() =>
        {
            Assert.That(mercury.Stationary, Is.EqualTo(stationary), $"speed {mercury.Speed}°/day");
            if (stationary)
            {
                Assert.That(Math.Abs(mercury.Speed), Is.LessThan(0.01), "within minutes of the station the speed is near zero");
            }
        });
    }

    [Test]
    public void Combust_flag_equals_separation_from_the_Sun_within_the_classical_orb()
    {
        var mismatches = new List<string>();
        foreach (var chart in charts)
        {
            var sun = chart.Grahas.Single(g => g.Graha == Graha.Sun).Longitude;
            foreach (var position in chart.Grahas)
            {
                var expected = Orb(position.Graha, position.Speed < 0) is { } orb && Degrees.Separation(position.Longitude, sun) < orb;
                if (position.Combust != expected)
                {
                    var separation = Degrees.Separation(position.Longitude, sun);
                    mismatches.Add($"{chart.UtcInstant:yyyy-MM-dd} {position.Graha}: {position.Combust} at {separation:F4}° from the Sun");
                }
            }
        }

        Assert.That(mismatches, Is.Empty);
    }

    [Test]
    public void The_period_holds_every_combustion_case_the_orbs_distinguish()
    {
        var all = charts.SelectMany(c => c.Grahas).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(all.Where(g => g.Graha == Graha.Mercury && g.Retrograde && g.Combust), Is.Not.Empty, "retrograde combust Mercury");
            Assert.That(all.Where(g => g.Graha == Graha.Mercury && !g.Retrograde && g.Combust), Is.Not.Empty, "direct combust Mercury");
            Assert.That(all.Where(g => g.Graha == Graha.Venus && g.Combust), Is.Not.Empty, "combust Venus");
            Assert.That(all.Where(g => g.Graha == Graha.Moon && g.Combust), Is.Not.Empty, "combust Moon");
            Assert.That(
                all.Where(g => g.Graha is Graha.Mars or Graha.Jupiter or Graha.Saturn && g.Combust),
                Is.Not.Empty,
                "combust Mars, Jupiter or Saturn");
            Assert.That(all.Where(g => !g.Combust && g.Graha == Graha.Mercury), Is.Not.Empty, "visible Mercury");
        });
    }

    [Test]
    public void Sun_nodes_and_outer_planets_are_never_combust()
    {
        var combust = charts.SelectMany(c => c.Grahas).Where(g => NeverCombust.Contains(g.Graha) && g.Combust);
        Assert.That(combust, Is.Empty);
    }

    [Test]
    public void Retrograde_flag_is_negative_speed_and_the_luminaries_never_retrograde()
    {
        var positions = charts.SelectMany(c => c.Grahas).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(positions.Where(g => g.Retrograde != g.Speed < 0), Is.Empty);
            Assert.That(positions.Where(g => g.Graha is Graha.Sun or Graha.Moon && g.Retrograde), Is.Empty);
            Assert.That(
                positions.Where(g => g.Graha is Graha.Rahu or Graha.Ketu && !g.Retrograde), Is.Empty, "mean nodes always move backward");
            foreach (var graha in new[] { Graha.Mercury, Graha.Venus, Graha.Mars, Graha.Jupiter, Graha.Saturn })
            {
                Assert.That(positions.Any(g => g.Graha == graha && g.Retrograde), Is.True, $"{graha} retrogrades in 2023–2024");
            }
        });
    }

    [Test]
    public void Inner_planets_stay_within_their_greatest_elongation()
    {
        var tooFar = new List<string>();
        foreach (var chart in charts)
        {
            var sun = chart.Grahas.Single(g => g.Graha == Graha.Sun).Longitude;
            foreach (var (graha, limit) in new[] { (Graha.Mercury, 28.5), (Graha.Venus, 47.5) })
            {
                var separation = Degrees.Separation(chart.Grahas.Single(g => g.Graha == graha).Longitude, sun);
                if (separation > limit)
                {
                    tooFar.Add($"{chart.UtcInstant:yyyy-MM-dd} {graha} {separation:F2}°");
                }
            }
        }

        Assert.That(tooFar, Is.Empty);
    }

    /// <summary>The classical orbs, written out here independently of the engine's table.</summary>
    private static double? Orb(Graha graha, bool retrograde) => graha switch
    {
        Graha.Moon => 12,
        Graha.Mars => 17,
        Graha.Mercury when retrograde => 12,
        Graha.Mercury => 14,
        Graha.Jupiter => 11,
        Graha.Venus when retrograde => 8,
        Graha.Venus => 10,
        Graha.Saturn => 15,
        _ => null,
    };
}
