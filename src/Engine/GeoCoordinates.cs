namespace Jyotishika.Engine;

/// <summary>The one check of a place's coordinates, shared by every calculation that takes a place.</summary>
public static class GeoCoordinates
{
    /// <summary>Exclusive: the ascendant (where the ecliptic meets the horizon) has no definition at the poles themselves.</summary>
    public static ValueLimits LatitudeLimits { get; } = new(-90, 90);

    /// <summary>Inclusive.</summary>
    public static ValueLimits LongitudeLimits { get; } = new(-180, 180);

    public static bool IsValidLatitude(double latitude) => double.IsFinite(latitude) && Math.Abs(latitude) < LatitudeLimits.Maximum;

    public static bool IsValidLongitude(double longitude) => double.IsFinite(longitude) && Math.Abs(longitude) <= LongitudeLimits.Maximum;

    /// <summary>The coordinates' problems; the shared empty list when there are none.</summary>
    public static IReadOnlyList<InputProblem> Validate(double latitude, double longitude)
    {
        List<InputProblem>? problems = null;
        if (!IsValidLatitude(latitude))
        {
            InputProblems.Add(ref problems, new(InputPart.Latitude, ProblemKind.OutOfRange) { Limits = LatitudeLimits });
        }

        if (!IsValidLongitude(longitude))
        {
            InputProblems.Add(ref problems, new(InputPart.Longitude, ProblemKind.OutOfRange) { Limits = LongitudeLimits });
        }

        return InputProblems.Of(problems);
    }
}
