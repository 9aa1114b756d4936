namespace Jyotishika.Engine;

/// <summary>
/// Instants the installed 18-series files cover without the library silently falling back to Moshier: at
/// 1800-01-01 00:00 UT the Sun already needs light time from before the file starts, so the range starts a day later.
/// </summary>
public static class SupportedRange
{
    public static DateTime FirstInstant { get; } = new(1800, 1, 2, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Exclusive end: the last accepted instant is just before 2400-01-01 00:00 UTC.</summary>
    public static DateTime EndInstant { get; } = new(2400, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Julian day of <see cref="FirstInstant"/>.</summary>
    public const double FirstJulianDay = 2378497.5;

    /// <summary>Julian day of <see cref="EndInstant"/> (exclusive).</summary>
    public const double EndJulianDay = 2597641.5;

    public static bool Contains(DateTime utc) => utc >= FirstInstant && utc < EndInstant;

    public static bool Contains(double julianDay) => julianDay is >= FirstJulianDay and < EndJulianDay;

    /// <summary>The first and last UTC dates covered, both inclusive.</summary>
    public static DateLimits Dates { get; } = new(DateOnly.FromDateTime(FirstInstant), DateOnly.FromDateTime(EndInstant).AddDays(-1));

    /// <summary>The Julian days covered: from <see cref="FirstJulianDay"/> to <see cref="EndJulianDay"/> (exclusive).</summary>
    public static ValueLimits JulianDays { get; } = new(FirstJulianDay, EndJulianDay);

    /// <summary><paramref name="part"/> lies outside the covered range.</summary>
    internal static InputProblem Outside(InputPart part) =>
        new(part, ProblemKind.OutsideEphemeris) { Dates = Dates, Limits = JulianDays };

    /// <summary>
    /// Runs native work and turns the library's out-of-range answer into an input problem with
    /// <paramref name="part"/>: a calculation may reach beyond its input date (searches, light time).
    /// </summary>
    internal static T Guard<T>(InputPart part, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Native.EphemerisRangeException)
        {
            throw new InvalidInputException(new InputProblem(part, ProblemKind.BeyondEphemeris) { Dates = Dates, Limits = JulianDays });
        }
    }
}
