namespace Jyotishika.Engine.Strength;

/// <summary>Which of two grahas at war wins; the texts differ.</summary>
public enum YuddhaVictor
{
    /// <summary>
    /// The graha further north in ecliptic latitude, as the siddhantas judge a planetary war (Surya Siddhanta ch. 7;
    /// Varahamihira, <i>Brihat Samhita</i> ch. 17). V. P. Jain's worked example agrees: Jupiter (+1.1°) beats Mercury (−1.4°).
    /// </summary>
    NorthernLatitude = 1,

    /// <summary>The graha whose strength before the war (the sum yuddha bala compares) is greater.</summary>
    GreaterStrength = 2,

    /// <summary>The graha with the lesser sidereal longitude, as PyJHora decides it.</summary>
    LesserLongitude = 3,
}

/// <summary>Two grahas at war and what the war moved.</summary>
/// <param name="Victor">The winner, whose kaala bala gains <paramref name="Virupas"/>.</param>
/// <param name="Vanquished">The loser, whose kaala bala loses them.</param>
/// <param name="Separation">Their distance in longitude, degrees (under <see cref="YuddhaBala.WarOrb"/>).</param>
/// <param name="Virupas">The difference of their strengths divided by the difference of their disc diameters.</param>
public sealed record GrahaWar(Graha Victor, Graha Vanquished, double Separation, double Virupas);

/// <summary>
/// Yuddha bala, the last part of kaala bala (BPHS ch. 27): when two of Mars, Mercury, Jupiter, Venus and Saturn are
/// within 1° of longitude they are at war. Add each one's sthana, dig and kaala bala up to hora bala (nathonnatha,
/// paksha, tribhaga, abda, masa, vara, hora); divide the difference of the two sums by the difference of their disc
/// diameters (bimba parimana); the victor gains the quotient and the vanquished loses it. A graha in several wars at
/// once takes the sum of them.
/// </summary>
public static class YuddhaBala
{
    /// <summary>Grahas within this many degrees of longitude are at war.</summary>
    public const double WarOrb = 1.0;

    /// <summary>Disc diameters in arc-seconds, as BPHS ch. 27 gives them for yuddha bala.</summary>
    private static readonly Dictionary<Graha, double> DiscDiameter = new()
    {
        [Graha.Mars] = 9.4, [Graha.Mercury] = 6.6, [Graha.Jupiter] = 190.4, [Graha.Venus] = 16.6, [Graha.Saturn] = 158.0,
    };

    private static readonly Graha[] Warriors = [Graha.Mars, Graha.Mercury, Graha.Jupiter, Graha.Venus, Graha.Saturn];

    /// <summary>The strength a war compares: sthana + dig + kaala bala up to (and including) hora bala.</summary>
    internal static double StrengthBeforeWar(ShadbalaComponents c) =>
        c.Sthana + c.Dig + c.Nathonnatha + c.Paksha + c.Tribhaga + c.Abda + c.Masa + c.Vara + c.Hora;

    /// <summary>The wars among the grahas, each pair once, Mars … Saturn order.</summary>
    internal static List<GrahaWar> Wars(
        IReadOnlyDictionary<Graha, ShadbalaComponents> components, IReadOnlyDictionary<Graha, GrahaPosition> grahas, YuddhaVictor rule)
    {
        var wars = new List<GrahaWar>();
        for (var i = 0; i < Warriors.Length; i++)
        {
            for (var j = i + 1; j < Warriors.Length; j++)
            {
                var (a, b) = (grahas[Warriors[i]], grahas[Warriors[j]]);
                var separation = Arc.Separation(a.Longitude, b.Longitude);
                if (separation >= WarOrb)
                {
                    continue;
                }

                var (strengthA, strengthB) = (StrengthBeforeWar(components[a.Graha]), StrengthBeforeWar(components[b.Graha]));
                var aWins = rule switch
                {
                    YuddhaVictor.GreaterStrength => strengthA >= strengthB,
                    YuddhaVictor.LesserLongitude => Arc.Normalize(a.Longitude - b.Longitude) > 180.0,
                    _ => a.Latitude >= b.Latitude,
                };
                var virupas = Math.Abs(strengthA - strengthB) / Math.Abs(DiscDiameter[a.Graha] - DiscDiameter[b.Graha]);
                wars.Add(aWins
                    ? new GrahaWar(a.Graha, b.Graha, separation, virupas)
                    : new GrahaWar(b.Graha, a.Graha, separation, virupas));
            }
        }

        return wars;
    }

    /// <summary>Each graha's yuddha bala from the wars: + for each war won, − for each lost, 0 when at peace.</summary>
    internal static double Of(Graha graha, IEnumerable<GrahaWar> wars) =>
        wars.Sum(w => w.Victor == graha ? w.Virupas : w.Vanquished == graha ? -w.Virupas : 0.0);
}
