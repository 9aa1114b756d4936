using Jyotishika.Engine.FastPath;

namespace Jyotishika.Engine.Tests.FastPath;

/// <summary>
/// UTC → Julian day (UT1) in managed code against swe_utc_to_jd: random instants over the whole range, every day of the
/// leap-second era, and the instants around leap seconds and the 1972 switch. Tolerance 1e-11 day (≈ 1 µs): the
/// managed code follows the library step by step, so only its fitted ΔT (good to 1e-6 s) may move the last bit.
/// </summary>
[TestFixture]
public sealed class UtcConversionTests
{
    [Test]
    public async Task Random_instants_match_the_library()
    {
        var instants = FastPathCases.Instants(200_000, 51);
        var worst = await WorstAsync(instants).ConfigureAwait(false);
        await TestContext.Out.WriteLineAsync($"UTC → UT1 over {instants.Length:N0} random instants: max difference {worst * 86400e6:0.000} µs").ConfigureAwait(false);
        Assert.That(worst, Is.LessThanOrEqualTo(FastPathContract.JulianDay));
    }

    [Test]
    public async Task Every_day_of_the_leap_second_era_matches_the_library()
    {
#pragma warning disable CA5394
        var random = new Random(52);
        var instants = new List<DateTime>();
        for (var day = new DateTime(1972, 1, 1, 0, 0, 0, DateTimeKind.Utc); day < SupportedRange.EndInstant; day = day.AddDays(1))
        {
            instants.Add(day.AddMilliseconds(random.Next(86_400_000)));
        }
#pragma warning restore CA5394

        var worst = await WorstAsync(instants.ToArray()).ConfigureAwait(false);
        Assert.That(worst, Is.LessThanOrEqualTo(FastPathContract.JulianDay));
    }

    [TestCase("1971-12-31T23:59:59.999")]
    [TestCase("1972-01-01T00:00:00")]
    [TestCase("1972-06-30T23:59:59.999")]
    [TestCase("1972-07-01T00:00:00")]
    [TestCase("2016-12-31T23:59:59.999")]
    [TestCase("2017-01-01T00:00:00")]
    [TestCase("1800-01-02T00:00:00")]
    [TestCase("2399-12-31T23:59:59.999")]
    public async Task Switch_instants_match_the_library(string utc)
    {
        var instant = DateTime.SpecifyKind(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
        var worst = await WorstAsync([instant]).ConfigureAwait(false);
        Assert.That(worst, Is.LessThanOrEqualTo(FastPathContract.JulianDay));
    }

    private static async Task<double> WorstAsync(DateTime[] instants)
    {
        var native = await FastPathTables.Pool.RunAsync(session => instants.Select(i => session.UtcToJulianDay(i).Universal).ToArray(), CancellationToken.None)
            .ConfigureAwait(false);
        var worst = 0.0;
        for (var i = 0; i < instants.Length; i++)
        {
            Assert.That(FastPathTables.Fast.TryGetJulianDayUt(instants[i], out var fast), Is.True, instants[i].ToString("O"));
            worst = Math.Max(worst, Math.Abs(fast - native[i]));
        }

        return worst;
    }
}
