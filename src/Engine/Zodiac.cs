namespace Jyotishika.Engine;

/// <summary>The twelve signs of 30°, 0 = Aries (Mesha).</summary>
public static class Zodiac
{
    /// <summary>Degrees in one sign.</summary>
    public const double SignSpan = 30;

    public static IReadOnlyList<string> SignNames { get; } =
    [
        "Aries", "Taurus", "Gemini", "Cancer", "Leo", "Virgo",
        "Libra", "Scorpio", "Sagittarius", "Capricorn", "Aquarius", "Pisces",
    ];

    public static IReadOnlyList<string> RashiNames { get; } =
    [
        "Mesha", "Vrishabha", "Mithuna", "Karka", "Simha", "Kanya",
        "Tula", "Vrischika", "Dhanu", "Makara", "Kumbha", "Meena",
    ];

    /// <summary>Sign index 0..11 of a sidereal longitude.</summary>
    public static int SignOf(double longitude) => Arc.Segment(longitude, 12);

    /// <summary>Degrees from the start of the sign, [0°, 30°).</summary>
    public static double DegreeInSign(double longitude) => Arc.OffsetInSegment(longitude, 12);
}
