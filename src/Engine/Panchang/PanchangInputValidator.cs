using NodaTime;

namespace Jyotishika.Engine.Panchang;

/// <summary>Checks a panchang input before any native call, collecting every problem at once.</summary>
public static class PanchangInputValidator
{
    // The lunar month reaches up to a lunation (~30 days) either side of the day for its bounding new moons, full moons
    // and sankrantis; 40 days of margin keep every native call inside the installed files.
    // The dates are local; a zone's offset (at most a day) stays well inside the margins.
    private static readonly LocalDate FirstDate = LocalDate.FromDateTime(SupportedRange.FirstInstant.AddDays(40));
    private static readonly LocalDate LastDate = LocalDate.FromDateTime(SupportedRange.EndInstant.AddDays(-41));

    /// <summary>The local days a panchang can be computed for, both inclusive.</summary>
    public static DateLimits Dates { get; } = new(FirstDate.ToDateOnly(), LastDate.ToDateOnly());

    /// <summary>
    /// Every problem of <paramref name="input"/> (the shared empty list when there are none); <paramref name="validated"/>
    /// holds the input when there are none.
    /// </summary>
    public static IReadOnlyList<InputProblem> Validate(PanchangInput input, out Validated<PanchangInput> validated)
    {
        ArgumentNullException.ThrowIfNull(input);
        List<InputProblem>? problems = null;
        if (input.Zone is null)
        {
            InputProblems.Add(ref problems, new(InputPart.PanchangZone, ProblemKind.Missing));
        }

        if (input.Date < FirstDate || input.Date > LastDate)
        {
            InputProblems.Add(ref problems, new(InputPart.PanchangDate, ProblemKind.OutsideEphemeris) { Dates = Dates });
        }

        if (!Enum.IsDefined(input.Rise))
        {
            InputProblems.Add(ref problems, new(InputPart.RiseConvention, ProblemKind.Unsupported));
        }

        InputProblems.AddRange(ref problems, GeoCoordinates.Validate(input.Latitude, input.Longitude));
        InputProblems.AddRange(ref problems, ChartInputValidator.ValidateSettings(input.Settings));
        validated = problems is null ? new Validated<PanchangInput>(input) : default;
        return InputProblems.Of(problems);
    }

    /// <summary>The input, validated; throws <see cref="InvalidInputException"/> with every problem otherwise.</summary>
    public static Validated<PanchangInput> Validated(PanchangInput input)
    {
        InputProblems.ThrowIfAny(Validate(input, out var validated));
        return validated;
    }
}
