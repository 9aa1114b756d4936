using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Strength;

/// <summary>
/// Bhava bala, the strength of the twelve houses (BPHS ch. 27, after shadbala; B. V. Raman, <i>Graha and Bhava Balas</i>
/// ch. 9): bhavadhipati bala + bhava dig bala + bhava drishti bala, each read at the bhava madhya.
/// </summary>
public static class BhavaBala
{
    private const int Houses = 12;

    /// <summary>Dig bala lost for each house between a bhava and the house where its sign type is strongest.</summary>
    private const double DigStepPerHouse = 10.0;

    /// <summary>Bhava bala of a chart whose shadbala has been computed (<see cref="Shadbala.ComputeAsync"/>).</summary>
    public static IReadOnlyList<HouseStrength> Of(Chart chart, ShadbalaResult shadbala, BhavaBalaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(shadbala);
        options ??= BhavaBalaOptions.Default;
        var madhyas = Madhyas(chart, options.Madhyas);
        var longitudes = chart.Grahas.Where(g => SthanaBala.IsSeven(g.Graha)).ToDictionary(g => g.Graha, g => g.Longitude);

        return Enumerable.Range(1, Houses).Select(house =>
        {
            var madhya = madhyas[house - 1];
            var lord = Dignities.LordOf(Zodiac.SignOf(madhya));
            var components = new BhavaBalaComponents(
                Bhavadhipati: shadbala[lord].TotalVirupas,
                Dig: Dig(house, madhya),
                Drishti: Drishti(madhya, longitudes, options.DrishtiShare));
            var total = components.Total;
            return new HouseStrength(house, madhya, lord, components, total, total / 60.0);
        }).ToList();
    }

    /// <summary>The twelve bhava madhyas, house 1 first.</summary>
    internal static double[] Madhyas(Chart chart, BhavaMadhyas source)
    {
        var ascendant = chart.Ascendant.Longitude;
        switch (source)
        {
            case BhavaMadhyas.EqualFromAscendant:
                return Enumerable.Range(0, Houses).Select(i => Arc.Normalize(ascendant + 30.0 * i)).ToArray();
            case BhavaMadhyas.ChartCusps:
                if (chart.Cusps.Count != Houses)
                {
                    throw new ArgumentException($"The chart has {chart.Cusps.Count} cusps; bhava madhyas need {Houses}.", nameof(chart));
                }

                return chart.Cusps.OrderBy(c => c.House).Select(c => c.Placement.Longitude).ToArray();
            default:
                return Sripati(ascendant, chart.Midheaven.Longitude);
        }
    }

    /// <summary>
    /// Quadrants trisected: the tenth to the first madhya and the first to the fourth, the other six opposite these.
    /// </summary>
    internal static double[] Sripati(double ascendant, double midheaven)
    {
        var madhyas = new double[Houses];
        var upper = Arc.Normalize(ascendant - midheaven);
        var lower = Arc.Normalize(midheaven + 180.0 - ascendant);
        madhyas[9] = Arc.Normalize(midheaven);
        madhyas[10] = Arc.Normalize(midheaven + upper / 3);
        madhyas[11] = Arc.Normalize(midheaven + 2 * upper / 3);
        madhyas[0] = Arc.Normalize(ascendant);
        madhyas[1] = Arc.Normalize(ascendant + lower / 3);
        madhyas[2] = Arc.Normalize(ascendant + 2 * lower / 3);
        for (var i = 0; i < 6; i++)
        {
            var known = (i + 9) % Houses;
            madhyas[(known + 6) % Houses] = Arc.Normalize(madhyas[known] + 180.0);
        }

        return madhyas;
    }

    /// <summary>
    /// Bhava dig bala (Raman ch. 9): a bhava whose madhya is in a nara (human) sign — Gemini, Virgo, Libra, Aquarius, the
    /// first half of Sagittarius — is strongest (60) as the 1st house; in a jalachara (watery) sign — Cancer, Pisces, the
    /// second half of Capricorn — as the 4th; in the keeta sign Scorpio as the 7th; in a chatushpada (quadruped) sign —
    /// Aries, Taurus, Leo, the second half of Sagittarius, the first half of Capricorn — as the 10th. It loses 10 for each
    /// house it stands away from that house either way, so it has 0 in the house opposite.
    /// </summary>
    internal static double Dig(int house, double madhya)
    {
        var strongest = StrongestHouse(madhya);
        var apart = ((house - strongest) % Houses + Houses) % Houses;
        return 60.0 - DigStepPerHouse * Math.Min(apart, Houses - apart);
    }

    /// <summary>The house in which a bhava with this madhya has full dig bala (1, 4, 7 or 10).</summary>
    internal static int StrongestHouse(double madhya)
    {
        const int nara = 1, jalachara = 4, keeta = 7, chatushpada = 10;
        var firstHalf = Zodiac.DegreeInSign(madhya) < 15.0;
        return Zodiac.SignOf(madhya) switch
        {
            2 or 5 or 6 or 10 => nara,
            3 or 11 => jalachara,
            7 => keeta,
            8 => firstHalf ? nara : chatushpada,
            9 => firstHalf ? chatushpada : jalachara,
            _ => chatushpada,
        };
    }

    /// <summary>
    /// Bhava drishti bala: the aspect value (<see cref="DrikBala.Aspect"/>, special aspects included) of each of the seven
    /// grahas on the madhya, added for a benefic and subtracted for a malefic (<see cref="GrahaNature"/>), scaled by
    /// <paramref name="share"/>.
    /// </summary>
    internal static double Drishti(double madhya, IReadOnlyDictionary<Graha, double> longitudes, BhavaDrishtiShare share)
    {
        var sum = 0.0;
        foreach (var (graha, longitude) in longitudes)
        {
            var full = share == BhavaDrishtiShare.JupiterAndMercuryFull && graha is Graha.Jupiter or Graha.Mercury;
            var value = DrikBala.Aspect(graha, madhya - longitude) * (full ? 1.0 : 0.25);
            sum += GrahaNature.IsBenefic(graha, longitudes) ? value : -value;
        }

        return sum;
    }
}
