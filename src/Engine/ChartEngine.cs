using System.Diagnostics.CodeAnalysis;
using Jyotishika.Engine.FastPath;
using Jyotishika.Engine.Native;

namespace Jyotishika.Engine;

/// <summary>
/// The engine's entry point: validates inputs, answers from the fast path where it can (no native call, no thread hop)
/// and runs everything else on the ephemeris pool. Without <paramref name="fastPath"/> every chart is native.
/// </summary>
public sealed class ChartEngine(EphemerisPool pool, FastEphemeris? fastPath = null)
{
    /// <summary>Computes a chart. Throws <see cref="InvalidInputException"/> naming every problem of input it cannot serve.</summary>
    public Task<Chart> ComputeAsync(ChartInput input, CancellationToken cancellationToken = default) =>
        ComputeAsync(ChartInputValidator.Validated(input), cancellationToken);

    /// <summary>Computes a chart from input its caller has validated already (the checks are not repeated).</summary>
    public Task<Chart> ComputeAsync(Validated<ChartInput> validated, CancellationToken cancellationToken = default)
    {
        var input = validated.Value;
        if (input.Path == CalculationPath.Auto && fastPath is not null && fastPath.TryCompute(input, out var chart))
        {
            return Task.FromResult(chart);
        }

        return ComputeNativeAsync(input, cancellationToken);
    }

    /// <summary>
    /// The fast path alone, synchronously, for batch callers: false (and no chart) where the chart needs the library,
    /// which <see cref="ComputeAsync(Validated{ChartInput}, CancellationToken)"/> then provides. Throws
    /// <see cref="InvalidInputException"/> for invalid input.
    /// </summary>
    public bool TryCompute(ChartInput input, [NotNullWhen(true)] out Chart? chart) =>
        TryCompute(ChartInputValidator.Validated(input), out chart);

    /// <inheritdoc cref="TryCompute(ChartInput, out Chart?)"/>
    public bool TryCompute(Validated<ChartInput> validated, [NotNullWhen(true)] out Chart? chart)
    {
        var input = validated.Value;
        chart = null;
        return input.Path == CalculationPath.Auto && fastPath is not null && fastPath.TryCompute(input, out chart);
    }

    /// <summary>
    /// One body's sidereal positions at many instants (Julian days, UT; each within <see cref="SupportedRange"/>), as a
    /// chart with these settings reports them: from the fast path where it can answer, the rest in one native job.
    /// </summary>
    public async Task<BodyPosition[]> PositionsAsync(
        Graha graha, ReadOnlyMemory<double> julianDaysUt, ChartSettings settings, CalculationPath path = CalculationPath.Auto,
        CancellationToken cancellationToken = default)
    {
        var problems = ChartInputValidator.ValidateSettings(settings).ToList();
        if (!Enum.IsDefined(graha))
        {
            problems.Add(new(InputPart.Graha, ProblemKind.Unsupported));
        }

        for (var i = 0; i < julianDaysUt.Length; i++)
        {
            if (!SupportedRange.Contains(julianDaysUt.Span[i]))
            {
                problems.Add(SupportedRange.Outside(InputPart.JulianDays) with { Index = i });
                break;
            }
        }

        InputProblems.ThrowIfAny(problems);
        var positions = new BodyPosition[julianDaysUt.Length];
        var answered = path == CalculationPath.Auto && fastPath is not null
            ? fastPath.GetPositions(graha, julianDaysUt.Span, settings, positions)
            : 0;
        if (answered == positions.Length)
        {
            return positions;
        }

        if (answered == 0)
        {
            positions.AsSpan().Fill(BodyPosition.NotAnswered);
        }

        return await pool.RunAsync(
            session => SupportedRange.Guard(
                InputPart.JulianDays, () => NativePositions.Fill(session, graha, julianDaysUt.Span, settings, positions)),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The ayanamsha at a Julian day in TT: the true value (with nutation, as sidereal positions use) or the mean one.
    /// </summary>
    public Task<double> AyanamshaAsync(
        double julianDayTt, ChartSettings settings, bool includeNutation, CancellationToken cancellationToken = default)
    {
        var problems = ChartInputValidator.ValidateSettings(settings).ToList();
        if (!SupportedRange.Contains(julianDayTt))
        {
            problems.Add(SupportedRange.Outside(InputPart.JulianDay));
        }

        InputProblems.ThrowIfAny(problems);
        var flags = SwissEph.FlagSwissEphemeris | (includeNutation ? 0 : SwissEph.FlagNoNutation);
        return pool.RunAsync(
            session => SupportedRange.Guard(InputPart.JulianDay, () =>
            {
                ChartCalculator.SetSiderealMode(session, settings!);
                return session.AyanamshaAtTerrestrialTime(julianDayTt, flags) + settings!.Ayanamsha.ExtraOffset();
            }),
            cancellationToken);
    }

    private Task<Chart> ComputeNativeAsync(ChartInput input, CancellationToken cancellationToken) =>
        pool.RunAsync(session => SupportedRange.Guard(InputPart.Instant, () => ChartCalculator.Compute(session, input)), cancellationToken);
}
