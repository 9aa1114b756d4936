namespace Jyotishika.Engine.Tests;

/// <summary>
/// Each graha's house, recomputed from the chart's own cusps: a graha is in house h when it lies on the arc from cusp h
/// to cusp h+1. Cusps normally run forward through the zodiac; Gauquelin sectors are numbered clockwise (backward), and
/// the horizontal (azimuthal) system runs backward too where the ecliptic crosses the verticals in reverse order (low
/// latitudes), so the direction is read from the cusps: backward when most steps from one cusp to the next go back.
/// </summary>
[TestFixture]
public sealed class HouseAssignmentTests
{
    [Test]
    public async Task Every_graha_sits_between_the_cusps_of_its_house_in_500_random_charts()
    {
        var inputs = ChartCases.Random(500, 3300, 66);
        var charts = await Task.WhenAll(inputs.Select(input => EnginePool.Engine.ComputeAsync(input))).ConfigureAwait(false);

        var wrong = new List<string>();
        foreach (var chart in charts)
        {
            var cusps = chart.Cusps.Select(c => c.Placement.Longitude).ToArray();
            var backward = RunsBackward(cusps);
            var system = chart.Settings.HouseSystem;
            if (backward != (system == HouseSystem.Gauquelin) && system != HouseSystem.Horizontal)
            {
                wrong.Add($"{chart.UtcInstant:O} {system} cusps run {(backward ? "backward" : "forward")}");
            }

            foreach (var position in chart.Grahas)
            {
                var expected = HouseOf(position.Longitude, cusps, backward);
                if (position.House != expected)
                {
                    var longitude = position.Longitude;
                    wrong.Add($"{chart.UtcInstant:O} {system} {position.Graha} at {longitude:F6}°: {position.House}, not {expected}");
                }
            }
        }

        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void Gauquelin_sectors_count_backward_from_the_ascendant()
    {
        // 36 sectors of 10° running backward from 100°: sector 1 is (90°, 100°], sector 2 (80°, 90°] …
        var cusps = Enumerable.Range(0, 36).Select(i => Degrees.Normalize(100 - 10.0 * i)).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(Houses.HouseOf(95, cusps), Is.EqualTo(1));
            Assert.That(Houses.HouseOf(85, cusps), Is.EqualTo(2));
            Assert.That(Houses.HouseOf(105, cusps), Is.EqualTo(36));
        });
    }

    [Test]
    public void Houses_count_forward_from_the_first_cusp_across_0_degrees()
    {
        var cusps = Enumerable.Range(0, 12).Select(i => Degrees.Normalize(345 + 30.0 * i)).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(Houses.HouseOf(345, cusps), Is.EqualTo(1), "on the first cusp");
            Assert.That(Houses.HouseOf(0, cusps), Is.EqualTo(1));
            Assert.That(Houses.HouseOf(14.999, cusps), Is.EqualTo(1));
            Assert.That(Houses.HouseOf(15, cusps), Is.EqualTo(2), "on the second cusp");
            Assert.That(Houses.HouseOf(344.999, cusps), Is.EqualTo(12));
        });
    }

    private static bool RunsBackward(double[] cusps)
    {
        var backwardSteps = cusps.Where((cusp, h) => Degrees.Normalize(cusps[(h + 1) % cusps.Length] - cusp) > 180).Count();
        return backwardSteps * 2 > cusps.Length;
    }

    private static int HouseOf(double longitude, double[] cusps, bool backward)
    {
        for (var h = 0; h < cusps.Length; h++)
        {
            var start = cusps[h];
            var end = cusps[(h + 1) % cusps.Length];
            var span = backward ? Degrees.Normalize(start - end) : Degrees.Normalize(end - start);
            var offset = backward ? Degrees.Normalize(start - longitude) : Degrees.Normalize(longitude - start);
            if (offset < span)
            {
                return h + 1;
            }
        }

        return 0;
    }
}
