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

    public static string Description => "between 1800-01-02 and 2399-12-31 (UTC)";

    /// <summary>
    /// Runs native work and turns the library's out-of-range answer into an input error naming
    /// <paramref name="field"/>: a calculation may reach beyond its input date (searches, light time).
    /// </summary>
    internal static T Guard<T>(string field, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Native.EphemerisRangeException)
        {
            throw new InvalidInputException(field, $"must be {Description}; the installed ephemeris covers no other dates");
        }
    }
}
