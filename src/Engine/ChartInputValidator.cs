namespace Jyotishika.Engine;

/// <summary>Checks a chart input before any native call, collecting every problem at once.</summary>
public static class ChartInputValidator
{
    public static IReadOnlyList<InputViolation> Validate(ChartInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var violations = new List<InputViolation>();
        if (input.UtcInstant.Kind != DateTimeKind.Utc)
        {
            violations.Add(new("datetime", "the instant must be resolved to UTC"));
        }
        else if (!SupportedRange.Contains(input.UtcInstant))
        {
            violations.Add(new("datetime", $"must be {SupportedRange.Description}; the installed ephemeris covers no other dates"));
        }

        GeoCoordinates.Check(input.Latitude, input.Longitude, violations);
        CheckSettings(violations, input.Settings);
        if (!Enum.IsDefined(input.Path))
        {
            violations.Add(new("calculationPath", "must be AUTO or NATIVE"));
        }

        return violations;
    }

    /// <summary>Checks settings alone, for calculations that take settings without a place.</summary>
    public static IReadOnlyList<InputViolation> ValidateSettings(ChartSettings? settings)
    {
        var violations = new List<InputViolation>();
        CheckSettings(violations, settings);
        return violations;
    }

    public static void ThrowIfInvalid(ChartInput input) => ThrowIfAny(Validate(input));

    internal static void ThrowIfAny(IReadOnlyList<InputViolation> violations)
    {
        if (violations.Count > 0)
        {
            throw new InvalidInputException(violations);
        }
    }

    private static void CheckSettings(List<InputViolation> violations, ChartSettings? settings)
    {
        if (settings is null)
        {
            violations.Add(new("settings", "is required"));
            return;
        }

        if (!Enum.IsDefined(settings.HouseSystem))
        {
            violations.Add(new("houseSystem", "is not a supported house system"));
        }

        if (!Enum.IsDefined(settings.Ayanamsha))
        {
            violations.Add(new("ayanamsha", "is not a supported ayanamsha"));
        }

        if (!Enum.IsDefined(settings.NodeType))
        {
            violations.Add(new("nodeType", "must be MEAN or TRUE"));
        }

        if (!Enum.IsDefined(settings.PositionType))
        {
            violations.Add(new("positions", "must be APPARENT or GEOMETRIC"));
        }

        if (settings.Ayanamsha == Ayanamsha.UserDefined)
        {
            CheckUserAyanamsha(violations, settings.UserAyanamsha);
        }
    }

    private static void CheckUserAyanamsha(List<InputViolation> violations, UserAyanamsha? user)
    {
        if (user is null)
        {
            violations.Add(new("userAyanamsha", "is required when ayanamsha is USER_DEFINED"));
            return;
        }

        // JD 0 … 5,000,000 spans 4713 BCE … 8977 CE: any epoch a user could mean.
        if (!double.IsFinite(user.ReferenceJulianDay) || user.ReferenceJulianDay is < 0 or > 5_000_000)
        {
            violations.Add(new("userAyanamsha.referenceJulianDay", "must be a Julian day (TT) from 0 to 5000000"));
        }

        if (!double.IsFinite(user.DegreesAtReference) || Math.Abs(user.DegreesAtReference) >= 360)
        {
            violations.Add(new("userAyanamsha.degreesAtReference", "must be a number of degrees between -360 and 360"));
        }
    }
}
