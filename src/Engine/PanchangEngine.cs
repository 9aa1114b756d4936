using Jyotishika.Engine.Native;
using Jyotishika.Engine.Panchang;

namespace Jyotishika.Engine;

/// <summary>Computes the panchang of a local day on the ephemeris pool: one pool job per panchang.</summary>
public sealed class PanchangEngine(EphemerisPool pool)
{
    /// <summary>Throws <see cref="InvalidInputException"/> naming every problem of input it cannot serve.</summary>
    public Task<DailyPanchang> ComputeAsync(PanchangInput input, CancellationToken cancellationToken = default) =>
        ComputeAsync(PanchangInputValidator.Validated(input), cancellationToken);

    /// <summary>The panchang of input its caller has validated already (the checks are not repeated).</summary>
    public Task<DailyPanchang> ComputeAsync(Validated<PanchangInput> validated, CancellationToken cancellationToken = default)
    {
        var input = validated.Value;
        return pool.RunAsync(
            session => SupportedRange.Guard(InputPart.PanchangDate, () => PanchangCalculator.Compute(session, input)), cancellationToken);
    }
}
