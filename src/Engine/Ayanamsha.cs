namespace Jyotishika.Engine;

/// <summary>
/// Sidereal zodiac origins. Predefined modes carry their Swiss Ephemeris number (SE_SIDM_*) as the value;
/// <see cref="UserDefined"/> is the library's mode 255 and <see cref="Vedanjanam"/> is the older system's
/// Lahiri + 0°06′.
/// </summary>
public enum Ayanamsha
{
    FaganBradley = 0,
    Lahiri = 1,
    DeLuce = 2,
    Raman = 3,
    UshaShashi = 4,
    Krishnamurti = 5,
    DjwhalKhul = 6,
    Yukteshwar = 7,
    JnBhasin = 8,
    BabylonianKugler1 = 9,
    BabylonianKugler2 = 10,
    BabylonianKugler3 = 11,
    BabylonianHuber = 12,
    BabylonianEtaPiscium = 13,
    BabylonianAldebaran = 14,
    Hipparchos = 15,
    Sassanian = 16,
    GalacticCenter0Sag = 17,
    J2000 = 18,
    J1900 = 19,
    B1950 = 20,
    Suryasiddhanta = 21,
    SuryasiddhantaMeanSun = 22,
    Aryabhata = 23,
    AryabhataMeanSun = 24,
    SsRevati = 25,
    SsCitra = 26,
    TrueCitra = 27,
    TrueRevati = 28,
    TruePushya = 29,
    GalacticCenterGilBrand = 30,
    GalacticEquatorIau1958 = 31,
    GalacticEquator = 32,
    GalacticEquatorMidMula = 33,
    Skydram = 34,
    TrueMula = 35,
    DhruvaGalacticCenterMula = 36,
    Aryabhata522 = 37,
    BabylonianBritton = 38,
    TrueSheoran = 39,
    GalacticCenterCochrane = 40,
    GalacticEquatorFiorenza = 41,
    ValensMoon = 42,
    Lahiri1940 = 43,
    LahiriVp285 = 44,
    KrishnamurtiVp291 = 45,
    LahiriIcrc = 46,
    UserDefined = 255,
    Vedanjanam = 1000,
}

public static class Ayanamshas
{
    /// <summary>How much the older system's Vedanjanam adds to Lahiri: 0°06′.</summary>
    public const double VedanjanamOffsetDegrees = 0.1;

    /// <summary>Every mode predefined by the library, in library order.</summary>
    public static IReadOnlyList<Ayanamsha> Predefined { get; } =
        Enum.GetValues<Ayanamsha>().Where(a => (int)a <= (int)Ayanamsha.LahiriIcrc).ToArray();

    /// <summary>The library mode the engine sets for this ayanamsha.</summary>
    internal static int LibraryMode(this Ayanamsha ayanamsha) => ayanamsha switch
    {
        Ayanamsha.Vedanjanam => (int)Ayanamsha.Lahiri,
        _ => (int)ayanamsha,
    };

    /// <summary>Degrees added to the library's ayanamsha (so subtracted from every sidereal longitude).</summary>
    internal static double ExtraOffset(this Ayanamsha ayanamsha) =>
        ayanamsha == Ayanamsha.Vedanjanam ? VedanjanamOffsetDegrees : 0.0;
}
