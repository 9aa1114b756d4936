namespace Jyotishika.Engine.Strength;

/// <summary>
/// Kaala (temporal) bala except yuddha bala, which needs the other balas (see <see cref="Shadbala"/>): BPHS ch. 27 and
/// Raman, <i>Graha and Bhava Balas</i> ch. 5.
/// </summary>
internal static class KaalaBala
{
    /// <summary>
    /// Day 0 of the ahargana (Kali day count): the civil day, Thursday 17 February 3102 BCE (Julian), whose night holds the
    /// Lanka midnight at which the Kali yuga began. Counting from it reproduces the abda and masa lords of both worked
    /// examples (Raman 1918: Saturn, Mercury; V. P. Jain 1981: Mars, Mars); counting from the Friday gives every lord
    /// one weekday late.
    /// </summary>
    internal const long KaliEpochDayNumber = 588465;

    private const long DaysPerAbda = 360;
    private const long DaysPerMasa = 30;

    /// <summary>Lords of the weekdays, Sunday first.</summary>
    private static readonly Graha[] WeekdayLords =
        [Graha.Sun, Graha.Moon, Graha.Mars, Graha.Mercury, Graha.Jupiter, Graha.Venus, Graha.Saturn];

    /// <summary>The Chaldean order (slowest first) in which the horas follow one another.</summary>
    private static readonly Graha[] HoraOrder =
        [Graha.Saturn, Graha.Jupiter, Graha.Mars, Graha.Sun, Graha.Venus, Graha.Mercury, Graha.Moon];

    /// <summary>
    /// Nathonnatha bala: the Moon, Mars and Saturn have 60 at apparent midnight and 0 at apparent noon, the Sun, Jupiter
    /// and Venus the reverse, linearly in time; Mercury always has 60 (BPHS ch. 27). Apparent midnight is the Sun's lower
    /// meridian transit, so the equation of time is included, as Raman's local apparent time includes it.
    /// </summary>
    internal static double Nathonnatha(Graha graha, BirthDay day)
    {
        var hoursFromMidnight = Math.Min(Math.Abs(day.Birth - day.NearestMidnight) * 24.0, 12.0);
        var diurnal = 60.0 * hoursFromMidnight / 12.0;
        return graha switch
        {
            Graha.Mercury => 60.0,
            Graha.Sun or Graha.Jupiter or Graha.Venus => diurnal,
            _ => 60.0 - diurnal,
        };
    }

    /// <summary>
    /// Paksha bala: a third of the Moon's elongation from the Sun (at most 180°) for the benefics Moon, Mercury, Jupiter
    /// and Venus, 60 minus that for the malefics Sun, Mars and Saturn; the Moon's is doubled (BPHS ch. 27). Mercury
    /// is a malefic when malefics dominate its sign (<see cref="GrahaNature"/>), as in Raman's example.
    /// </summary>
    internal static double Paksha(Graha graha, IReadOnlyDictionary<Graha, double> longitudes)
    {
        var benefic = Arc.Separation(longitudes[Graha.Moon], longitudes[Graha.Sun]) / 3.0;
        return graha switch
        {
            Graha.Moon => 2 * benefic,
            Graha.Mercury => GrahaNature.IsBenefic(graha, longitudes) ? benefic : 60.0 - benefic,
            Graha.Jupiter or Graha.Venus => benefic,
            _ => 60.0 - benefic,
        };
    }

    /// <summary>
    /// Tribhaga bala: 60 to the lord of the third of the day or night in which birth falls — Mercury, Sun, Saturn by day;
    /// Moon, Venus, Mars by night — and always 60 to Jupiter (BPHS ch. 27).
    /// </summary>
    internal static double Tribhaga(Graha graha, BirthDay day)
    {
        if (graha == Graha.Jupiter)
        {
            return 60.0;
        }

        Graha lord;
        if (day.IsDaytime)
        {
            var part = Third(day.Birth - day.Sunrise, day.Sunset - day.Sunrise);
            lord = part switch { 0 => Graha.Mercury, 1 => Graha.Sun, _ => Graha.Saturn };
        }
        else
        {
            var part = Third(day.Birth - day.Sunset, day.NextSunrise - day.Sunset);
            lord = part switch { 0 => Graha.Moon, 1 => Graha.Venus, _ => Graha.Mars };
        }

        return graha == lord ? 60.0 : 0.0;
    }

    /// <summary>
    /// Abda (15), masa (30), vara (45) and hora (60) bala: to the lord of the year, month, weekday and hour of birth (BPHS
    /// ch. 27). Year and month are the 360- and 30-day spans of the ahargana from <see cref="KaliEpochDayNumber"/>, each
    /// ruled by the lord of its first day's weekday; days run from sunrise to sunrise; horas are equal hours from sunrise,
    /// the first ruled by the day's lord (Raman ch. 5).
    /// </summary>
    internal static (double Abda, double Masa, double Vara, double Hora) Lords(Graha graha, BirthDay day)
    {
        var ahargana = day.CivilDayNumber - KaliEpochDayNumber;
        var abdaLord = WeekdayLord(day.CivilDayNumber - ahargana % DaysPerAbda);
        var masaLord = WeekdayLord(day.CivilDayNumber - ahargana % DaysPerMasa);
        var varaLord = WeekdayLord(day.CivilDayNumber);
        var hoursSinceSunrise = (int)Math.Floor((day.Birth - day.Sunrise) * 24.0);
        var horaLord = HoraOrder[(Array.IndexOf(HoraOrder, varaLord) + hoursSinceSunrise) % 7];
        return (
            graha == abdaLord ? 15.0 : 0.0,
            graha == masaLord ? 30.0 : 0.0,
            graha == varaLord ? 45.0 : 0.0,
            graha == horaLord ? 60.0 : 0.0);
    }

    /// <summary>
    /// Ayana bala: from the kranti (declination) δ of the graha's sayana longitude on the ecliptic, (24° + δ)/48° × 60 for
    /// the Sun, Mars, Jupiter and Venus (north counts for them), (24° − δ)/48° × 60 for the Moon and Saturn (south counts),
    /// (24° + |δ|)/48° × 60 for Mercury; the Sun's is doubled (BPHS ch. 27; Raman ch. 5). The obliquity only turns
    /// longitude into kranti; the scale keeps the classical 24°.
    /// </summary>
    internal static double Ayana(Graha graha, double tropicalLongitude, double obliquity)
    {
        const double MaxKranti = 24.0;
        var kranti = Degrees(Math.Asin(Math.Sin(Radians(obliquity)) * Math.Sin(Radians(tropicalLongitude))));
        var value = graha switch
        {
            Graha.Moon or Graha.Saturn => (MaxKranti - kranti) / (2 * MaxKranti) * 60.0,
            Graha.Mercury => (MaxKranti + Math.Abs(kranti)) / (2 * MaxKranti) * 60.0,
            _ => (MaxKranti + kranti) / (2 * MaxKranti) * 60.0,
        };
        return graha == Graha.Sun ? 2 * value : value;
    }

    private static Graha WeekdayLord(long dayNumber) => WeekdayLords[(int)((dayNumber + 1) % 7)];

    private static int Third(double elapsed, double length) => Math.Clamp((int)Math.Floor(3.0 * elapsed / length), 0, 2);

    internal static double Radians(double degrees) => degrees * Math.PI / 180.0;

    internal static double Degrees(double radians) => radians * 180.0 / Math.PI;
}
