namespace Jyotishika.Engine.Matching;

/// <summary>
/// A person as kundli matching sees them: the Moon's nakshatra and pada. Everything the kootas compare (sign, varna,
/// vashya, yoni, gana, nadi) follows from these two numbers, because each pada of 3°20′ lies wholly inside one sign.
/// </summary>
/// <param name="Nakshatra">1 (Ashwini) … 27 (Revati).</param>
/// <param name="Pada">1 … 4.</param>
public readonly record struct MoonStar(int Nakshatra, int Pada)
{
    /// <summary>Padas in one sign (30° / 3°20′).</summary>
    public const int PadasPerSign = 9;

    /// <summary>0-based index of the pada in the zodiac, 0 (Ashwini 1) … 107 (Revati 4).</summary>
    public int PadaIndex => ((Validated().Nakshatra - 1) * 4) + Pada - 1;

    /// <summary>The Moon's sign, 0 = Aries.</summary>
    public int Sign => PadaIndex / PadasPerSign;

    /// <summary>0-based position of the pada inside its sign, 0 … 8.</summary>
    public int PadaInSign => PadaIndex % PadasPerSign;

    /// <summary>Longitude where the pada begins, in degrees.</summary>
    public double StartLongitude => PadaIndex * 10.0 / 3.0;

    public string NakshatraName => Engine.Nakshatra.Names[Validated().Nakshatra - 1];

    public static MoonStar FromLongitude(double moonLongitude)
    {
        var nakshatra = Engine.Nakshatra.Of(moonLongitude);
        return new MoonStar(nakshatra.Number, nakshatra.Pada);
    }

    public static MoonStar FromPadaIndex(int padaIndex) => new(padaIndex / 4 + 1, padaIndex % 4 + 1);

    /// <summary>All 108 nakshatra-padas in zodiacal order.</summary>
    public static IEnumerable<MoonStar> All => Enumerable.Range(0, Engine.Nakshatra.Count * 4).Select(FromPadaIndex);

    public override string ToString() => $"{NakshatraName} {Pada}";

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless the nakshatra is 1 … 27 and the pada 1 … 4.</summary>
    public MoonStar Validated()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Nakshatra, 1, nameof(Nakshatra));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Nakshatra, Engine.Nakshatra.Count, nameof(Nakshatra));
        ArgumentOutOfRangeException.ThrowIfLessThan(Pada, 1, nameof(Pada));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Pada, 4, nameof(Pada));
        return this;
    }
}
