namespace Jyotishika.Engine.Analysis;

/// <summary>How two grahas regard each other by nature (naisargika maitri).</summary>
public enum NaturalRelation
{
    Friend = 1,
    Neutral = 2,
    Enemy = 3,
}

/// <summary>
/// The classical tables every sign-based rule reads, for the seven grahas Sun … Saturn (the nodes' lordships and
/// exaltations differ between sources and no table here guesses them): sign lords, exaltation and debilitation signs, own
/// signs, moolatrikona signs (BPHS ch. 3 "Planetary characters", v. 49–54) and natural friendships (BPHS ch. 3 v. 55).
/// </summary>
public static class Dignities
{
    /// <summary>The seven grahas the tables cover.</summary>
    public static IReadOnlyList<Graha> SevenGrahas { get; } =
        [Graha.Sun, Graha.Moon, Graha.Mars, Graha.Mercury, Graha.Jupiter, Graha.Venus, Graha.Saturn];

    /// <summary>The lord of each sign, Aries first.</summary>
    public static IReadOnlyList<Graha> SignLords { get; } =
    [
        Graha.Mars, Graha.Venus, Graha.Mercury, Graha.Moon, Graha.Sun, Graha.Mercury,
        Graha.Venus, Graha.Mars, Graha.Jupiter, Graha.Saturn, Graha.Saturn, Graha.Jupiter,
    ];

    private static readonly Dictionary<Graha, int> Exaltation = new()
    {
        [Graha.Sun] = 0, [Graha.Moon] = 1, [Graha.Mars] = 9, [Graha.Mercury] = 5, [Graha.Jupiter] = 3, [Graha.Venus] = 11, [Graha.Saturn] = 6,
    };

    private static readonly Dictionary<Graha, int> Moolatrikona = new()
    {
        [Graha.Sun] = 4, [Graha.Moon] = 1, [Graha.Mars] = 0, [Graha.Mercury] = 5, [Graha.Jupiter] = 8, [Graha.Venus] = 6, [Graha.Saturn] = 10,
    };

    private static readonly Dictionary<Graha, Graha[]> Friends = new()
    {
        [Graha.Sun] = [Graha.Moon, Graha.Mars, Graha.Jupiter],
        [Graha.Moon] = [Graha.Sun, Graha.Mercury],
        [Graha.Mars] = [Graha.Sun, Graha.Moon, Graha.Jupiter],
        [Graha.Mercury] = [Graha.Sun, Graha.Venus],
        [Graha.Jupiter] = [Graha.Sun, Graha.Moon, Graha.Mars],
        [Graha.Venus] = [Graha.Mercury, Graha.Saturn],
        [Graha.Saturn] = [Graha.Mercury, Graha.Venus],
    };

    private static readonly Dictionary<Graha, Graha[]> Enemies = new()
    {
        [Graha.Sun] = [Graha.Venus, Graha.Saturn],
        [Graha.Moon] = [],
        [Graha.Mars] = [Graha.Mercury],
        [Graha.Mercury] = [Graha.Moon],
        [Graha.Jupiter] = [Graha.Mercury, Graha.Venus],
        [Graha.Venus] = [Graha.Sun, Graha.Moon],
        [Graha.Saturn] = [Graha.Sun, Graha.Moon, Graha.Mars],
    };

    public static Graha LordOf(int sign) => SignLords[sign];

    /// <summary>The sign a graha is exalted in, or null for the nodes and outer planets.</summary>
    public static int? ExaltationSign(Graha graha) => Exaltation.TryGetValue(graha, out var sign) ? sign : null;

    /// <summary>The sign opposite the exaltation sign.</summary>
    public static int? DebilitationSign(Graha graha) => ExaltationSign(graha) is { } sign ? (sign + 6) % 12 : null;

    public static int? MoolatrikonaSign(Graha graha) => Moolatrikona.TryGetValue(graha, out var sign) ? sign : null;

    /// <summary>The signs a graha rules (none for the nodes and outer planets).</summary>
    public static IEnumerable<int> OwnSigns(Graha graha) => Enumerable.Range(0, 12).Where(sign => SignLords[sign] == graha);

    public static bool IsExalted(Graha graha, int sign) => ExaltationSign(graha) == sign;

    public static bool IsDebilitated(Graha graha, int sign) => DebilitationSign(graha) == sign;

    public static bool IsInOwnSign(Graha graha, int sign) => SignLords[sign] == graha;

    /// <summary>How <paramref name="graha"/> regards <paramref name="other"/> by nature (not symmetric: the Moon has no enemy).</summary>
    public static NaturalRelation RelationOf(Graha graha, Graha other)
    {
        if (!Friends.TryGetValue(graha, out var friends) || !SevenGrahas.Contains(other))
        {
            throw new ArgumentOutOfRangeException(nameof(graha), "Natural relationships are defined for the seven grahas Sun … Saturn.");
        }

        return friends.Contains(other) ? NaturalRelation.Friend : Enemies[graha].Contains(other) ? NaturalRelation.Enemy : NaturalRelation.Neutral;
    }
}
