using Jyotishika.Engine.Native;
using Jyotishika.Engine.Panchang;

namespace Jyotishika.Engine;

/// <summary>Computes the panchang of a local day on the ephemeris pool: one pool job per panchang.</summary>
public sealed class PanchangEngine(EphemerisPool pool)
{
    /// <summary>Throws <see cref="InvalidInputException"/> naming the field for input it cannot serve.</summary>
    public Task<DailyPanchang> ComputeAsync(PanchangInput input, CancellationToken cancellationToken = default)
    {
        ChartInputValidator.ThrowIfAny(PanchangInputValidator.Validate(input));
        return pool.RunAsync(session => SupportedRange.Guard("date", () => PanchangCalculator.Compute(session, input)), cancellationToken);
    }
}
