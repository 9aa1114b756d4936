namespace Jyotishika.Engine;

/// <summary>
/// House systems the engine serves: every Swiss Ephemeris system except Sunshine, whose library implementation keeps
/// state that is not thread-local. Numbers match the contract's enum values.
/// </summary>
public enum HouseSystem
{
    WholeSign = 1,
    Equal = 2,
    Placidus = 3,
    Koch = 4,
    Porphyry = 5,
    Regiomontanus = 6,
    Campanus = 7,
    Sripati = 8,
    Alcabitius = 9,
    AxialRotation = 10,
    Horizontal = 11,
    Morinus = 12,
    PolichPage = 13,
    VehlowEqual = 14,
    Krusinski = 15,
    Gauquelin = 16,
    Carter = 17,
    EqualMidheaven = 18,
    EqualAries = 19,
    PullenSinusoidalDelta = 20,
    PullenSinusoidalRatio = 21,
    Apc = 22,
}

public static class HouseSystems
{
    /// <summary>The Swiss Ephemeris letter for a system.</summary>
    public static char Letter(this HouseSystem system) => system switch
    {
        HouseSystem.WholeSign => 'W',
        HouseSystem.Equal => 'A',
        HouseSystem.Placidus => 'P',
        HouseSystem.Koch => 'K',
        HouseSystem.Porphyry => 'O',
        HouseSystem.Regiomontanus => 'R',
        HouseSystem.Campanus => 'C',
        HouseSystem.Sripati => 'S',
        HouseSystem.Alcabitius => 'B',
        HouseSystem.AxialRotation => 'X',
        HouseSystem.Horizontal => 'H',
        HouseSystem.Morinus => 'M',
        HouseSystem.PolichPage => 'T',
        HouseSystem.VehlowEqual => 'V',
        HouseSystem.Krusinski => 'U',
        HouseSystem.Gauquelin => 'G',
        HouseSystem.Carter => 'F',
        HouseSystem.EqualMidheaven => 'D',
        HouseSystem.EqualAries => 'N',
        HouseSystem.PullenSinusoidalDelta => 'L',
        HouseSystem.PullenSinusoidalRatio => 'Q',
        HouseSystem.Apc => 'Y',
        _ => throw new ArgumentOutOfRangeException(nameof(system), system, "Unknown house system"),
    };

    /// <summary>Gauquelin divides the sky into 36 sectors; every other system into 12 houses.</summary>
    public static int CuspCount(this HouseSystem system) => system == HouseSystem.Gauquelin ? 36 : 12;

    public static bool IsDefined(HouseSystem system) => Enum.IsDefined(system);
}
