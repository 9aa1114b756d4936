using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Panchang.Muhurta;

/// <summary>Computes the muhurta periods of a local day on the ephemeris pool: one pool job per day.</summary>
public sealed class MuhurtaEngine(EphemerisPool pool)
{
    /// <summary>
    /// Null when the Sun does not rise that local day or does not set and rise again after (polar day or night).
    /// Throws <see cref="InvalidInputException"/> naming every problem of input it cannot serve.
    /// </summary>
    public Task<DayMuhurtas?> ComputeAsync(PanchangInput input, MuhurtaOptions? options = null, CancellationToken cancellationToken = default) =>
        ComputeAsync(PanchangInputValidator.Validated(input), options, cancellationToken);

    /// <summary>As the other overload, for input its caller has validated already.</summary>
    public Task<DayMuhurtas?> ComputeAsync(
        Validated<PanchangInput> validated, MuhurtaOptions? options = null, CancellationToken cancellationToken = default)
    {
        var input = validated.Value;
        var chosen = options ?? MuhurtaOptions.Default;
        ValidateOptions(chosen);
        return pool.RunAsync(
            session => SupportedRange.Guard(InputPart.PanchangDate, () => MuhurtaCalculator.Compute(session, input, chosen)),
            cancellationToken);
    }

    private static void ValidateOptions(MuhurtaOptions options)
    {
        if (!Enum.IsDefined(options.Durmuhurta) || !Enum.IsDefined(options.MulaVarjyam) || !Enum.IsDefined(options.Vijaya)
            || !Enum.IsDefined(options.CharQuality))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options, "Unknown muhurta convention");
        }
    }
}
