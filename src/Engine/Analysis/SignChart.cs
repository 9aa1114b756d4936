namespace Jyotishika.Engine.Analysis;

/// <summary>Where one graha stands in a <see cref="SignChart"/>.</summary>
/// <param name="Sign">0 = Aries … 11 = Pisces.</param>
/// <param name="DegreeInSign">Degrees within the sign, [0, 30); null when the source gave none (a chart from paper).</param>
/// <param name="Retrograde">Moving backward; null when unknown. Rules that need it say so.</param>
public readonly record struct SignPosition(int Sign, double? DegreeInSign = null, bool? Retrograde = null)
{
    /// <summary>The sidereal longitude, when the degree is known.</summary>
    public double? Longitude => DegreeInSign is { } degree ? (Sign * 30) + degree : null;
}

/// <summary>
/// A chart as the sign-based analyses read it (yogas, doshas, matching, later ashtakavarga and arudhas): the ascendant's
/// sign and each graha's sign, with degrees where known. It comes from a computed <see cref="Chart"/> or from placements
/// a user typed from paper; the server checks the latter (each of the nine grahas once, signs 0–11, Rahu opposite Ketu)
/// before building one. Houses are whole signs counted from the ascendant, as the classical rules count them.
/// </summary>
/// <param name="AscendantSign">0 = Aries … 11 = Pisces.</param>
/// <param name="AscendantDegree">The ascendant's degree within its sign, when known.</param>
/// <param name="Grahas">The nine grahas Sun … Ketu (the outer planets when the source has them; no classical rule reads them).</param>
public sealed record SignChart(int AscendantSign, double? AscendantDegree, IReadOnlyDictionary<Graha, SignPosition> Grahas)
{
    /// <summary>The nine grahas of the classical rules, Sun … Ketu.</summary>
    public static IReadOnlyList<Graha> NineGrahas { get; } =
        [Graha.Sun, Graha.Moon, Graha.Mars, Graha.Mercury, Graha.Jupiter, Graha.Venus, Graha.Saturn, Graha.Rahu, Graha.Ketu];

    /// <summary>The rasi (D1) chart of a computed chart, with degrees and motion.</summary>
    public static SignChart Of(Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return new SignChart(
            chart.Ascendant.Sign,
            chart.Ascendant.DegreeInSign,
            chart.Grahas.ToDictionary(
                position => position.Graha,
                position => new SignPosition(position.Placement.Sign, position.Placement.DegreeInSign, position.Retrograde)));
    }

    public int SignOf(Graha graha) => Grahas[graha].Sign;

    /// <summary>The whole-sign house (1–12) a sign is, counted from the ascendant's sign.</summary>
    public int HouseOfSign(int sign) => Houses.Count(AscendantSign, sign);

    /// <summary>The whole-sign house (1–12) a graha stands in.</summary>
    public int HouseOf(Graha graha) => HouseOfSign(SignOf(graha));

    /// <summary>The sign of house <paramref name="house"/> (1–12) from the ascendant.</summary>
    public int SignOfHouse(int house) => Houses.SignAt(AscendantSign, house);

    /// <summary>The grahas (of those present) standing in a sign.</summary>
    public IEnumerable<Graha> GrahasIn(int sign) => Grahas.Where(pair => pair.Value.Sign == sign).Select(pair => pair.Key);

    /// <summary>Counting conventions shared by the rules: the n-th sign from a sign, both inclusive (the 1st is the sign itself).</summary>
    public static class Houses
    {
        public static int Count(int fromSign, int toSign) => (((toSign - fromSign) % 12) + 12) % 12 + 1;

        public static int SignAt(int fromSign, int house) => (((fromSign + house - 1) % 12) + 12) % 12;
    }
}
