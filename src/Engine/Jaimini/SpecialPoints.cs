using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Jaimini;

/// <summary>
/// Points computed from the chart's own longitudes: the Sun-based upagrahas (BPHS ch. 3 v. 61–65; P. V. R. Narasimha Rao,
/// "Vedic Astrology: An Integrated Approach", ch. 4.2), the Bhrigu Bindu, the Sree lagna (ibid., ch. 5) and the Indu lagna,
/// which reads signs only.
/// </summary>
public static class SpecialPoints
{
    private const double DhumaOffset = 133 + 20 / 60.0;
    private const double UpaketuOffset = 16 + 40 / 60.0;
    private const double NakshatraSpan = 360.0 / 27;

    /// <summary>Kalas of the seven grahas for the Indu lagna (Phaladeepika; Narasimha Rao ch. 5): Sun 30 … Saturn 1.</summary>
    private static readonly Dictionary<Graha, int> Kalas = new()
    {
        [Graha.Sun] = 30, [Graha.Moon] = 16, [Graha.Mars] = 6, [Graha.Mercury] = 8, [Graha.Jupiter] = 10, [Graha.Venus] = 12,
        [Graha.Saturn] = 1,
    };

    /// <summary>
    /// The points whose inputs have degrees: the upagrahas need the Sun's, the Bhrigu Bindu the Moon's and Rahu's, the Sree
    /// lagna the Moon's and the ascendant's. A point whose input lacks its degree is left out.
    /// </summary>
    public static IReadOnlyList<SpecialPoint> Of(SignChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var points = new List<SpecialPoint>();
        if (Longitude(chart, Graha.Sun) is { } sun)
        {
            var dhuma = Arc.Normalize(sun + DhumaOffset);
            var vyatipata = Arc.Normalize(360 - dhuma);
            var parivesha = Arc.Normalize(vyatipata + 180);
            var indrachapa = Arc.Normalize(360 - parivesha);
            points.Add(new SpecialPoint(SpecialPointKind.Dhuma, dhuma));
            points.Add(new SpecialPoint(SpecialPointKind.Vyatipata, vyatipata));
            points.Add(new SpecialPoint(SpecialPointKind.Parivesha, parivesha));
            points.Add(new SpecialPoint(SpecialPointKind.Indrachapa, indrachapa));
            points.Add(new SpecialPoint(SpecialPointKind.Upaketu, Arc.Normalize(indrachapa + UpaketuOffset)));
        }

        var moon = Longitude(chart, Graha.Moon);
        if (moon is { } m && Longitude(chart, Graha.Rahu) is { } rahu)
        {
            points.Add(new SpecialPoint(SpecialPointKind.BhriguBindu, Arc.Normalize(rahu + Arc.Normalize(m - rahu) / 2)));
        }

        if (moon is { } moonLongitude && chart.AscendantDegree is { } ascendantDegree)
        {
            var elapsed = moonLongitude % NakshatraSpan / NakshatraSpan;
            points.Add(new SpecialPoint(SpecialPointKind.SreeLagna, Arc.Normalize(chart.AscendantSign * 30 + ascendantDegree + elapsed * 360)));
        }

        return points;
    }

    /// <summary>
    /// The Indu lagna's sign: the kalas of the 9th lords from the lagna and from the Moon added, the remainder by 12 (12 for
    /// none) counted from the Moon's sign.
    /// </summary>
    public static int InduLagnaSign(SignChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var moonSign = chart.SignOf(Graha.Moon);
        var sum = Kalas[Dignities.LordOf(chart.SignOfHouse(9))] + Kalas[Dignities.LordOf(SignChart.Houses.SignAt(moonSign, 9))];
        var remainder = sum % 12 == 0 ? 12 : sum % 12;
        return SignChart.Houses.SignAt(moonSign, remainder);
    }

    /// <summary>The grahas whose degree the points read and the chart lacks (of the Sun, the Moon and Rahu).</summary>
    public static IReadOnlyList<Graha> MissingDegrees(SignChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return new[] { Graha.Sun, Graha.Moon, Graha.Rahu }.Where(graha => Longitude(chart, graha) is null).ToArray();
    }

    private static double? Longitude(SignChart chart, Graha graha) =>
        chart.Grahas.TryGetValue(graha, out var position) ? position.Longitude : null;
}
