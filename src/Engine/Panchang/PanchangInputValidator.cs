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

    public static IReadOnlyList<InputViolation> Validate(PanchangInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var violations = new List<InputViolation>();
        if (input.Zone is null)
        {
            violations.Add(new("timeZone", "is required"));
        }

        if (input.Date < FirstDate || input.Date > LastDate)
        {
            violations.Add(new("date", $"must be between {FirstDate:yyyy'-'MM'-'dd} and {LastDate:yyyy'-'MM'-'dd}; " +
                "the installed ephemeris covers no other dates"));
        }

        if (!Enum.IsDefined(input.Rise))
        {
            violations.Add(new("riseConvention", "is not a supported rise convention"));
        }

        GeoCoordinates.Check(input.Latitude, input.Longitude, violations);
        violations.AddRange(ChartInputValidator.ValidateSettings(input.Settings));
        return violations;
    }
}
