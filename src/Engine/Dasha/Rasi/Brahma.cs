using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Jaimini;

namespace Jyotishika.Engine.Dasha.Rasi;

/// <summary>Brahma, the graha Sthira dasa starts from, by each <see cref="BrahmaRule"/>.</summary>
internal static class Brahma
{
    private static readonly int[] DusthanaHouses = [6, 8, 12];

    /// <summary>The order Jaimini's "sixth from Saturn and the nodes" counts in: Sun … Ketu.</summary>
    private static readonly Graha[] GrahaOrder =
        [Graha.Sun, Graha.Moon, Graha.Mars, Graha.Mercury, Graha.Jupiter, Graha.Venus, Graha.Saturn, Graha.Rahu, Graha.Ketu];

    public static Graha? Of(SignChart chart, BrahmaRule rule)
    {
        var seed = SignStrength.StrongerSign(chart, chart.AscendantSign, SignCounting.SignAt(chart.AscendantSign, 7, forward: true));
        return rule switch
        {
            BrahmaRule.VisibleHalfOddSign => Strongest(chart, Qualified(chart, Lords(chart, seed, CoLordRule.Primary))),
            BrahmaRule.SixthGrahaForSaturnAndNodes =>
                Strongest(chart, Qualified(chart, Lords(chart, seed, CoLordRule.Stronger))) is { } graha ? SixthForSaturnAndNodes(graha) : null,
            BrahmaRule.PyJHoraScore => BestScored(chart, seed),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Not a Brahma rule."),
        };
    }

    private static IEnumerable<Graha> Lords(SignChart chart, int seed, CoLordRule coLords) =>
        DusthanaHouses.Select(house => Arudhas.LordOf(chart, SignCounting.SignAt(seed, house, forward: true), coLords)).Distinct();

    /// <summary>In an odd sign in houses 7–12 from lagna: the visible half, above the horizon.</summary>
    private static IEnumerable<Graha> Qualified(SignChart chart, IEnumerable<Graha> lords) =>
        lords.Where(lord => SignCounting.IsOddSign(chart.SignOf(lord)) && chart.HouseOf(lord) >= 7);

    private static Graha? Strongest(SignChart chart, IEnumerable<Graha> candidates) =>
        candidates.Aggregate((Graha?)null, (best, next) => best is { } current ? StrongerGraha.Of(chart, current, next) : next);

    private static Graha SixthForSaturnAndNodes(Graha graha) =>
        graha is Graha.Saturn or Graha.Rahu or Graha.Ketu ? GrahaOrder[(Array.IndexOf(GrahaOrder, graha) + 5) % GrahaOrder.Length] : graha;

    private static Graha BestScored(SignChart chart, int seed)
    {
        var lords = DusthanaHouses.Select(house => Arudhas.LordOf(chart, SignCounting.SignAt(seed, house, forward: true), CoLordRule.Stronger))
            .Where(lord => lord is not (Graha.Rahu or Graha.Ketu))
            .Distinct();

        // OrderByDescending is stable, so equal scores keep the 6th, 8th, 12th order before the best two are compared.
        var best = lords.OrderByDescending(lord => Score(chart, seed, lord)).Take(2).ToArray();
        return best.Length == 1 ? best[0] : StrongerGraha.Of(chart, best[0], best[1]);
    }

    private static int Score(SignChart chart, int seed, Graha lord)
    {
        var sign = chart.SignOf(lord);
        // Debilitation outweighs a friend's sign (Mars in Cancer), as in PyJHora's table of sign dignities.
        var friendly = !Dignities.IsDebilitated(lord, sign)
            && (Dignities.IsExalted(lord, sign) || Dignities.IsInOwnSign(lord, sign)
                || Dignities.RelationOf(lord, Dignities.LordOf(sign)) == NaturalRelation.Friend);
        var nearSeed = SignCounting.HouseOf(seed, sign, forward: true) <= 7;
        return (friendly ? 1 : 0) + (SignCounting.IsOddSign(sign) ? 1 : 0) + (nearSeed ? 1 : 0);
    }
}
