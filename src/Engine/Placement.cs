namespace Jyotishika.Engine;

/// <summary>Where a sidereal longitude falls: sign, degree in sign, nakshatra and pada, navamsa sign.</summary>
public readonly record struct Placement(double Longitude, int Sign, double DegreeInSign, Nakshatra Nakshatra, int NavamsaSign)
{
    public static Placement Of(double longitude)
    {
        var normalized = Arc.Normalize(longitude);
        return new Placement(
            normalized, Zodiac.SignOf(normalized), Zodiac.DegreeInSign(normalized), Nakshatra.Of(normalized), Navamsa.SignOf(normalized));
    }
}
