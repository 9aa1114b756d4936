using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Vargas;

namespace Jyotishika.Engine.Strength;

/// <summary>
/// Vimshopaka bala, the twenty-point strength (BPHS ch. 7 "Divisional considerations" v. 17–27, Santhanam's numbering):
/// in each varga of a scheme a graha earns its varga vishwa — 20 in its own sign, else 18, 15, 10, 7 or 5 as the sign's
/// lord is its great friend, friend, neutral, enemy or great enemy — and the varga contributes weight × vishwa / 20.
/// </summary>
/// <remarks>
/// The relation is the compound (panchadha) one of BPHS ch. 3: the natural relation joined with the temporary one, which
/// is read from the rasi chart in every varga (a graha in the 2nd, 3rd, 4th, 10th, 11th or 12th sign from another is its
/// temporary friend), as saptavargaja bala reads it. BPHS gives the rule for the grahas from the Sun; the nodes have no
/// agreed lordship or friendship table here, so they are left out.
/// </remarks>
public static class VimshopakaBala
{
    /// <summary>The full strength of a scheme, and the varga vishwa of a graha in its own sign.</summary>
    public const double Full = 20;

    /// <summary>The seven grahas' vimshopaka bala in <paramref name="scheme"/>, Sun first.</summary>
    /// <exception cref="ArgumentException">The chart lacks one of the seven grahas.</exception>
    public static IReadOnlyList<VimshopakaScore> Of(Chart chart, VimshopakaScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var weights = VimshopakaWeights.Of(scheme);
        var grahas = chart.Grahas.Where(g => SthanaBala.IsSeven(g.Graha)).ToDictionary(g => g.Graha);
        if (grahas.Count != Dignities.SevenGrahas.Count)
        {
            throw new ArgumentException("Vimshopaka bala needs all seven grahas Sun … Saturn in the chart.", nameof(chart));
        }

        var rasiSigns = grahas.ToDictionary(p => p.Key, p => p.Value.Placement.Sign);
        return Dignities.SevenGrahas.Select(graha => Of(graha, grahas[graha].Longitude, rasiSigns, scheme, weights)).ToList();
    }

    /// <param name="graha">Sun … Saturn.</param>
    /// <param name="longitude">The graha's sidereal longitude.</param>
    /// <param name="rasiSigns">D1 sign of each of the seven grahas, for temporary friendship.</param>
    /// <param name="scheme">Which vargas to weigh.</param>
    internal static VimshopakaScore Of(Graha graha, double longitude, IReadOnlyDictionary<Graha, int> rasiSigns, VimshopakaScheme scheme) =>
        Of(graha, longitude, rasiSigns, scheme, VimshopakaWeights.Of(scheme));

    /// <summary>The varga vishwa of BPHS ch. 7 v. 21–25.</summary>
    public static double Points(VimshopakaDignity dignity) => dignity switch
    {
        VimshopakaDignity.Own => Full,
        VimshopakaDignity.GreatFriend => 18,
        VimshopakaDignity.Friend => 15,
        VimshopakaDignity.Neutral => 10,
        VimshopakaDignity.Enemy => 7,
        VimshopakaDignity.GreatEnemy => 5,
        _ => throw new ArgumentOutOfRangeException(nameof(dignity), dignity, "not a vimshopaka dignity"),
    };

    /// <summary>Own sign, or the compound relation of <paramref name="graha"/> to the lord of <paramref name="sign"/>.</summary>
    internal static VimshopakaDignity DignityIn(Graha graha, int sign, IReadOnlyDictionary<Graha, int> rasiSigns)
    {
        if (Dignities.IsInOwnSign(graha, sign))
        {
            return VimshopakaDignity.Own;
        }

        return CompoundRelations.Of(graha, Dignities.LordOf(sign), rasiSigns) switch
        {
            CompoundRelation.GreatFriend => VimshopakaDignity.GreatFriend,
            CompoundRelation.Friend => VimshopakaDignity.Friend,
            CompoundRelation.Neutral => VimshopakaDignity.Neutral,
            CompoundRelation.Enemy => VimshopakaDignity.Enemy,
            _ => VimshopakaDignity.GreatEnemy,
        };
    }

    private static VimshopakaScore Of(
        Graha graha, double longitude, IReadOnlyDictionary<Graha, int> rasiSigns, VimshopakaScheme scheme,
        IReadOnlyList<(Varga Varga, double Weight)> weights)
    {
        if (!SthanaBala.IsSeven(graha))
        {
            throw SthanaBala.Seven(graha);
        }

        var vargas = weights.Select(w =>
        {
            var sign = DivisionalChart.Of(longitude, w.Varga).Sign;
            var dignity = DignityIn(graha, sign, rasiSigns);
            return new VimshopakaVarga(w.Varga, sign, dignity, Points(dignity), w.Weight);
        }).ToList();
        return new VimshopakaScore(graha, scheme, vargas.Sum(v => v.Contribution), vargas);
    }
}
