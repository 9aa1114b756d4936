namespace Jyotishika.Engine.Panchang;

/// <summary>Checks a panchang input before any native call, collecting every problem at once.</summary>
public static class PanchangInputValidator
{
    // Searches reach up to ~2 days past the local day (next sunset, anga ends) and ~1 day before it (anga starts);
    // the margins keep every native call inside the installed files, where the library would otherwise fall back silently.
    private static readonly DateTime FirstMidnight = SupportedRange.FirstInstant.AddDays(3);
    private static readonly DateTime LastMidnight = SupportedRange.EndInstant.AddDays(-4);

    public static IReadOnlyList<InputViolation> Validate(PanchangInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var violations = new List<InputViolation>();
        if (input.Zone is null)
        {
            violations.Add(new("timeZone", "is required"));
        }
        else
        {
            var start = input.Date.AtStartOfDayInZone(input.Zone).ToDateTimeUtc();
            if (start < FirstMidnight || start > LastMidnight)
            {
                violations.Add(new("date", $"must be between {FirstMidnight:yyyy-MM-dd} and {LastMidnight:yyyy-MM-dd}; " +
                    "the installed ephemeris covers no other dates"));
            }
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
