using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Ashtakavarga;

/// <summary>
/// Ashtakavarga from a sign chart (BPHS ch. 66–69, R. Santhanam's numbering): each owner's bhinnashtakavarga from the
/// bindus the eight contributors give (<see cref="BinduTables"/>), its prastara, the two reductions and the pindas, and the
/// sarvashtakavarga. Only signs are read, so a chart typed from paper serves as well as a computed one.
/// </summary>
public static class AshtakavargaCalculator
{
    private static readonly Contributor[] Contributors = Enum.GetValues<Contributor>();

    private static readonly Graha[] SevenGrahas =
        [Graha.Sun, Graha.Moon, Graha.Mars, Graha.Mercury, Graha.Jupiter, Graha.Venus, Graha.Saturn];

    /// <exception cref="ArgumentException">The chart lacks one of Sun … Saturn.</exception>
    public static AshtakavargaResult Compute(SignChart chart, AshtakavargaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        options ??= AshtakavargaOptions.Default;
        var missing = SevenGrahas.Where(graha => !chart.Grahas.ContainsKey(graha)).ToArray();
        if (missing.Length > 0)
        {
            throw new ArgumentException($"Ashtakavarga needs the seven grahas; missing: {string.Join(", ", missing)}.", nameof(chart));
        }

        var grahaSigns = SevenGrahas.Select(chart.SignOf).ToArray();
        var contributorSigns = grahaSigns.Append(chart.AscendantSign).ToArray();
        // The ascendant counts as an occupant for ekadhipatya sodhana; see EkadhipatyaSodhana for the sources.
        var occupied = Enumerable.Range(0, 12).Select(sign => grahaSigns.Contains(sign) || sign == chart.AscendantSign).ToArray();

        var bhinna = Contributors.Select(owner => Bhinna(owner, contributorSigns, grahaSigns, occupied)).ToArray();
        var counted = options.SarvaIncludesAscendant ? bhinna : bhinna.Where(table => table.Owner != Contributor.Ascendant);
        var sarva = Enumerable.Range(0, 12).Select(sign => counted.Sum(table => table.Points[sign])).ToArray();
        return new AshtakavargaResult(bhinna, sarva, options);
    }

    private static BhinnaAshtakavarga Bhinna(Contributor owner, int[] contributorSigns, int[] grahaSigns, bool[] occupied)
    {
        var prastara = Contributors.Select(contributor =>
        {
            var row = new bool[12];
            foreach (var house in BinduTables.Houses(owner, contributor))
            {
                row[SignChart.Houses.SignAt(contributorSigns[(int)contributor - 1], house)] = true;
            }

            return (IReadOnlyList<bool>)row;
        }).ToArray();

        var points = Enumerable.Range(0, 12).Select(sign => prastara.Count(row => row[sign])).ToArray();
        var trikona = TrikonaSodhana.Apply(points);
        var ekadhipatya = EkadhipatyaSodhana.Apply(trikona, occupied);
        if (owner == Contributor.Ascendant)
        {
            return new BhinnaAshtakavarga(owner, points, prastara, trikona, ekadhipatya, null, null, null);
        }

        var rasi = Pindas.Rasi(ekadhipatya);
        var graha = Pindas.Graha(ekadhipatya, grahaSigns);
        return new BhinnaAshtakavarga(owner, points, prastara, trikona, ekadhipatya, rasi, graha, rasi + graha);
    }
}
