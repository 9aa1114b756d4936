namespace Jyotishika.Engine.Jaimini;

/// <summary>
/// The sensitive points: members 1–7 are read from a chart alone (<see cref="SpecialPoints"/>); the rest need the sunrise,
/// sunset or ascendants of other instants (<see cref="TimedSpecialPoints"/>).
/// </summary>
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

    /// <summary>The lagna rising at the moment (<see cref="UpagrahaMoment"/>) of the Sun's part of the day or night.</summary>
    Kaala = 8,

    /// <summary>The lagna rising at the moment of Mars' part.</summary>
    Mrityu = 9,

    /// <summary>Ardhaprahara (Artha Praharaka): the lagna rising at the moment of Mercury's part.</summary>
    Ardhaprahara = 10,

    /// <summary>The lagna rising at the moment of Jupiter's part.</summary>
    Yamaghantaka = 11,

    /// <summary>The lagna rising at the moment of Saturn's part chosen for Gulika.</summary>
    Gulika = 12,

    /// <summary>The lagna rising at the moment of Saturn's part chosen for Mandi.</summary>
    Mandi = 13,

    /// <summary>The Sun at sunrise advanced one sign per 5 ghatis (2 hours) since sunrise.</summary>
    BhavaLagna = 14,

    /// <summary>The Sun at sunrise advanced one sign per 2½ ghatis (1 hour) since sunrise.</summary>
    HoraLagna = 15,

    /// <summary>The Sun at sunrise advanced one sign per ghati (24 minutes) since sunrise.</summary>
    GhatiLagna = 16,

    /// <summary>The Sun at sunrise advanced 15° per minute since sunrise (PyJHora's rate; see <see cref="SpecialLagnas"/>).</summary>
    VighatiLagna = 17,

    /// <summary>The Sun at birth advanced one sign per 15 vighatis since sunrise, from the 1st, 9th or 5th by its sign's modality.</summary>
    Pranapada = 18,

    /// <summary>The sign counted from the lagna's and the hora lagna's signs, at the lagna's degree.</summary>
    VarnadaLagna = 19,
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
