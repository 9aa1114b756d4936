namespace Jyotishika.Engine.Jaimini;

/// <summary>The sensitive points read from a chart alone (no sunrise needed).</summary>
public enum SpecialPointKind
{
    /// <summary>Sun + 133°20′ (BPHS ch. 3; the five Sun-based upagrahas follow it).</summary>
    Dhuma = 1,

    /// <summary>360° − Dhuma.</summary>
    Vyatipata = 2,

    /// <summary>Vyatipata + 180°.</summary>
    Parivesha = 3,

    /// <summary>360° − Parivesha.</summary>
    Indrachapa = 4,

    /// <summary>Indrachapa + 16°40′ (which is the Sun − 30°).</summary>
    Upaketu = 5,

    /// <summary>The midpoint of Rahu and the Moon, counted forward from Rahu.</summary>
    BhriguBindu = 6,

    /// <summary>The lagna advanced by the part of the Moon's nakshatra elapsed, as a part of the whole zodiac.</summary>
    SreeLagna = 7,
}

/// <summary>One special point.</summary>
/// <param name="Kind">Which point.</param>
/// <param name="Longitude">Sidereal degrees [0, 360).</param>
public sealed record SpecialPoint(SpecialPointKind Kind, double Longitude)
{
    /// <summary>0 = Aries.</summary>
    public int Sign => Zodiac.SignOf(Longitude);

    /// <summary>Degrees within the sign.</summary>
    public double DegreeInSign => Zodiac.DegreeInSign(Longitude);
}
