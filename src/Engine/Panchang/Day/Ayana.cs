namespace Jyotishika.Engine.Panchang.Day;

/// <summary>The Sun's northward or southward half-year.</summary>
public enum Ayana
{
    Uttarayana = 1,
    Dakshinayana = 2,
}

/// <summary>Where the half-years turn.</summary>
public enum AyanaReckoning
{
    /// <summary>
    /// At the sidereal sankrantis: Uttarayana while the Sun passes the six signs from Makara, Dakshinayana the six from Karka
    /// (Bhagavata Purana 5.21; Vishnu Purana 2.8; al-Biruni, India ch. 37, "uttarayana … six zodiacal signs beginning with
    /// Caper"). The almanac usage (Makara Sankranti, mid-January, opens Uttarayana). The default.
    /// </summary>
    SiderealSankranti = 1,

    /// <summary>At the solstices, the tropical Sun at 270° and 90°: the Sun's actual northward turn (~21 December).</summary>
    TropicalSolstice = 2,
}

internal static class AyanaRule
{
    /// <param name="sunLongitude">Sidereal or tropical as the reckoning asks, degrees: in either zodiac Uttarayana runs from
    /// 270° (Makara, the winter solstice) through 0° to 90°.</param>
    internal static Ayana Of(double sunLongitude)
    {
        var longitude = Arc.Normalize(sunLongitude);
        return longitude >= 270 || longitude < 90 ? Ayana.Uttarayana : Ayana.Dakshinayana;
    }
}
