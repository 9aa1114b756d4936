namespace Jyotishika.Engine.Tests;

/// <summary>The ayanamsha calculation refuses what the chart calculation refuses, naming the part and the rule.</summary>
[TestFixture]
public sealed class AyanamshaInputTests
{
    private const double J2000 = 2451545.0;

    [Test]
    public void User_defined_without_its_values_is_refused()
    {
        var settings = new ChartSettings { Ayanamsha = Ayanamsha.UserDefined };

        var refused = Assert.ThrowsAsync<InvalidInputException>(() => EnginePool.Engine.AyanamshaAsync(J2000, settings, true));

        Assert.That(refused!.Problems, Is.EqualTo(new[] { new InputProblem(InputPart.UserAyanamsha, ProblemKind.Missing) }));
    }

    [Test]
    public void An_undefined_ayanamsha_number_is_refused()
    {
        var settings = new ChartSettings { Ayanamsha = (Ayanamsha)99 };

        var refused = Assert.ThrowsAsync<InvalidInputException>(() => EnginePool.Engine.AyanamshaAsync(J2000, settings, true));

        Assert.That(refused!.Problems, Is.EqualTo(new[] { new InputProblem(InputPart.Ayanamsha, ProblemKind.Unsupported) }));
    }

    [TestCase(double.NaN)]
    [TestCase(0.0)]
    [TestCase(2378497.4)]
    [TestCase(2597641.5)]
    public void A_julian_day_outside_the_ephemeris_is_refused(double julianDay)
    {
        var settings = new ChartSettings { Ayanamsha = Ayanamsha.TrueCitra };

        var refused = Assert.ThrowsAsync<InvalidInputException>(() => EnginePool.Engine.AyanamshaAsync(julianDay, settings, true));

        var problem = refused!.Problems.Single();
        Assert.Multiple(() =>
        {
            Assert.That((problem.Part, problem.Kind), Is.EqualTo((InputPart.JulianDay, ProblemKind.OutsideEphemeris)));
            Assert.That(problem.Limits, Is.EqualTo(new ValueLimits(SupportedRange.FirstJulianDay, SupportedRange.EndJulianDay)));
        });
    }

    [Test]
    public async Task A_user_defined_ayanamsha_equals_its_value_at_its_own_epoch_without_nutation()
    {
        var settings = new ChartSettings { Ayanamsha = Ayanamsha.UserDefined, UserAyanamsha = new UserAyanamsha(J2000, 23.85) };

        var mean = await EnginePool.Engine.AyanamshaAsync(J2000, settings, includeNutation: false).ConfigureAwait(false);

        // The library carries the value from its epoch by precession only, so at the epoch itself it is the value given.
        Assert.That(mean, Is.EqualTo(23.85).Within(1e-9));
    }
}
