using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Panchang.Day;

/// <summary>Computes the panchang of a whole Hindu day (sunrise to sunrise) on the ephemeris pool: one pool job per day.</summary>
public sealed class PanchangDayEngine(EphemerisPool pool)
{
    /// <summary>
    /// Throws <see cref="InvalidInputException"/> naming every problem of the input it cannot serve, and
    /// <see cref="ArgumentOutOfRangeException"/> for options out of range.
    /// </summary>
    public Task<PanchangDay> ComputeAsync(
        PanchangInput input, PanchangDayOptions? options = null, CancellationToken cancellationToken = default) =>
        ComputeAsync(PanchangInputValidator.Validated(input), options, cancellationToken);

    /// <summary>The day for input its caller has validated already (the checks are not repeated).</summary>
    public Task<PanchangDay> ComputeAsync(
        Validated<PanchangInput> validated, PanchangDayOptions? options = null, CancellationToken cancellationToken = default)
    {
        var input = validated.Value;
        var chosen = options ?? PanchangDayOptions.Default;
        chosen.Validate();
        return pool.RunAsync(
            session => SupportedRange.Guard(InputPart.PanchangDate, () => PanchangDayCalculator.Compute(session, input, chosen)),
            cancellationToken);
    }
}
