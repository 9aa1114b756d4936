using Jyotishika.Engine.Native;

namespace Jyotishika.Engine;

/// <summary>The engine's entry point: validates inputs and runs native work on the ephemeris pool.</summary>
public sealed class ChartEngine(EphemerisPool pool)
{
    /// <summary>Computes a chart. Throws <see cref="InvalidInputException"/> naming the field for input it cannot serve.</summary>
    public Task<Chart> ComputeAsync(ChartInput input, CancellationToken cancellationToken = default)
    {
        ChartInputValidator.ThrowIfInvalid(input);
        return pool.RunAsync(session => SupportedRange.Guard("datetime", () => ChartCalculator.Compute(session, input)), cancellationToken);
    }

    /// <summary>
    /// The ayanamsha at a Julian day in TT: the true value (with nutation, as sidereal positions use) or the mean one.
    /// </summary>
    public Task<double> AyanamshaAsync(
        double julianDayTt, ChartSettings settings, bool includeNutation, CancellationToken cancellationToken = default)
    {
        var violations = ChartInputValidator.ValidateSettings(settings).ToList();
        if (!SupportedRange.Contains(julianDayTt))
        {
            violations.Add(new("julianDay", $"must be a Julian day from {SupportedRange.FirstJulianDay} to {SupportedRange.EndJulianDay} " +
                $"({SupportedRange.Description})"));
        }

        ChartInputValidator.ThrowIfAny(violations);
        var flags = SwissEph.FlagSwissEphemeris | (includeNutation ? 0 : SwissEph.FlagNoNutation);
        return pool.RunAsync(
            session => SupportedRange.Guard("julianDay", () =>
            {
                ChartCalculator.SetSiderealMode(session, settings!);
                return session.AyanamshaAtTerrestrialTime(julianDayTt, flags) + settings!.Ayanamsha.ExtraOffset();
            }),
            cancellationToken);
    }
}
