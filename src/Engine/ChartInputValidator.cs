namespace Jyotishika.Engine;

/// <summary>Checks a chart input before any native call, collecting every problem at once.</summary>
public static class ChartInputValidator
{
    /// <summary>JD 0 … 5,000,000 spans 4713 BCE … 8977 CE: any epoch a user could mean.</summary>
    public static ValueLimits UserReferenceJulianDays { get; } = new(0, 5_000_000);

    /// <summary>Exclusive: an ayanamsha of a full circle or more means nothing.</summary>
    public static ValueLimits UserDegrees { get; } = new(-360, 360);

    /// <summary>
    /// Every problem of <paramref name="input"/> (the shared empty list when there are none); <paramref name="validated"/>
    /// holds the input when there are none.
    /// </summary>
    public static IReadOnlyList<InputProblem> Validate(ChartInput input, out Validated<ChartInput> validated)
    {
        ArgumentNullException.ThrowIfNull(input);
        List<InputProblem>? problems = null;
        if (input.UtcInstant.Kind != DateTimeKind.Utc)
        {
            InputProblems.Add(ref problems, new(InputPart.Instant, ProblemKind.NotUtc));
        }
        else if (!SupportedRange.Contains(input.UtcInstant))
        {
            InputProblems.Add(ref problems, SupportedRange.Outside(InputPart.Instant));
        }

        InputProblems.AddRange(ref problems, GeoCoordinates.Validate(input.Latitude, input.Longitude));
        CheckSettings(ref problems, input.Settings);
        if (!Enum.IsDefined(input.Path))
        {
            InputProblems.Add(ref problems, new(InputPart.CalculationPath, ProblemKind.Unsupported));
        }

        validated = problems is null ? new Validated<ChartInput>(input) : default;
        return InputProblems.Of(problems);
    }

    /// <summary>The input, validated; throws <see cref="InvalidInputException"/> with every problem otherwise.</summary>
    public static Validated<ChartInput> Validated(ChartInput input)
    {
        InputProblems.ThrowIfAny(Validate(input, out var validated));
        return validated;
    }

    /// <summary>Checks settings alone, for calculations that take settings without a place.</summary>
    public static IReadOnlyList<InputProblem> ValidateSettings(ChartSettings? settings)
    {
        List<InputProblem>? problems = null;
        CheckSettings(ref problems, settings);
        return InputProblems.Of(problems);
    }

    private static void CheckSettings(ref List<InputProblem>? problems, ChartSettings? settings)
    {
        if (settings is null)
        {
            InputProblems.Add(ref problems, new(InputPart.Settings, ProblemKind.Missing));
            return;
        }

        if (!Enum.IsDefined(settings.HouseSystem))
        {
            InputProblems.Add(ref problems, new(InputPart.HouseSystem, ProblemKind.Unsupported));
        }

        if (!Enum.IsDefined(settings.Ayanamsha))
        {
            InputProblems.Add(ref problems, new(InputPart.Ayanamsha, ProblemKind.Unsupported));
        }

        if (!Enum.IsDefined(settings.NodeType))
        {
            InputProblems.Add(ref problems, new(InputPart.NodeType, ProblemKind.Unsupported));
        }

        if (!Enum.IsDefined(settings.PositionType))
        {
            InputProblems.Add(ref problems, new(InputPart.PositionType, ProblemKind.Unsupported));
        }

        if (settings.Ayanamsha == Ayanamsha.UserDefined)
        {
            CheckUserAyanamsha(ref problems, settings.UserAyanamsha);
        }
    }

    private static void CheckUserAyanamsha(ref List<InputProblem>? problems, UserAyanamsha? user)
    {
        if (user is null)
        {
            InputProblems.Add(ref problems, new(InputPart.UserAyanamsha, ProblemKind.Missing));
            return;
        }

        var days = UserReferenceJulianDays;
        if (!double.IsFinite(user.ReferenceJulianDay) || user.ReferenceJulianDay < days.Minimum || user.ReferenceJulianDay > days.Maximum)
        {
            InputProblems.Add(ref problems, new(InputPart.UserAyanamshaReferenceJulianDay, ProblemKind.OutOfRange) { Limits = days });
        }

        if (!double.IsFinite(user.DegreesAtReference) || Math.Abs(user.DegreesAtReference) >= UserDegrees.Maximum)
        {
            InputProblems.Add(
                ref problems, new(InputPart.UserAyanamshaDegreesAtReference, ProblemKind.OutOfRange) { Limits = UserDegrees });
        }
    }
}
