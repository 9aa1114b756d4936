using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Matching;

/// <summary>
/// North Indian Ashtakoota (guna milan) from the bride's and the groom's Moon nakshatra-pada: eight kootas worth 1 … 8
/// points, 36 in all (Muhurta Chintamani, Vivaha Prakarana; B. V. Raman, <i>Muhurtha</i>, the chapter on marriage).
/// The rules are not symmetric, so the roles are named and never swapped.
/// </summary>
public static class Ashtakoota
{
    public static AshtakootaResult Match(MoonStar bride, MoonStar groom, AshtakootaOptions? options = null)
    {
        (bride, groom) = (bride.Validated(), groom.Validated());
        options ??= AshtakootaOptions.Default;
        KootaResult[] kootas =
        [
            VarnaKoota(bride, groom, options.Varna),
            VashyaKoota(bride, groom, options.Vashya),
            TaraKoota(bride, groom),
            YoniKoota(bride, groom),
            GrahaMaitriKoota(bride, groom),
            GanaKoota(bride, groom),
            BhakootKoota(bride, groom),
            NadiKoota(bride, groom),
        ];
        return new AshtakootaResult(bride, groom, options, kootas, MatchingDoshas.Find(bride, groom, kootas, options.CancellationRules));
    }

    /// <summary>Full point when the groom's varna is at least the bride's.</summary>
    private static KootaResult VarnaKoota(MoonStar bride, MoonStar groom, VarnaSigns convention)
    {
        var (b, g) = (Varnas.Of(bride.Sign, convention), Varnas.Of(groom.Sign, convention));
        return new KootaResult(Koota.Varna, g >= b ? 1 : 0, b.ToString(), g.ToString(), g >= b ? "Groom equal or higher" : "Groom lower");
    }

    private static KootaResult VashyaKoota(MoonStar bride, MoonStar groom, VashyaScoring scoring)
    {
        var (b, g) = (Vashyas.Of(bride), Vashyas.Of(groom));
        return new KootaResult(Koota.Vashya, Vashyas.Score(g, b, scoring), b.ToString(), g.ToString(), "");
    }

    /// <summary>Bride's entry: the groom's star counted from hers; groom's entry: hers counted from his.</summary>
    private static KootaResult TaraKoota(MoonStar bride, MoonStar groom)
    {
        var fromBride = Taras.Counted(bride.Nakshatra, groom.Nakshatra);
        var fromGroom = Taras.Counted(groom.Nakshatra, bride.Nakshatra);
        return new KootaResult(Koota.Tara, Taras.Score(fromBride, fromGroom), fromBride.ToString(), fromGroom.ToString(), "");
    }

    private static KootaResult YoniKoota(MoonStar bride, MoonStar groom)
    {
        var (b, g) = (Yonis.Of(bride.Nakshatra), Yonis.Of(groom.Nakshatra));
        return new KootaResult(Koota.Yoni, Yonis.Score(g, b), b.ToString(), g.ToString(), Yonis.RelationOf(g, b).ToString());
    }

    /// <summary>
    /// Points from how each Moon-sign lord regards the other by natural friendship (BPHS ch. 3): 5 same lord or mutual
    /// friends, 4 friend and neutral, 3 both neutral, 1 friend and enemy, ½ neutral and enemy, 0 mutual enemies.
    /// </summary>
    private static KootaResult GrahaMaitriKoota(MoonStar bride, MoonStar groom)
    {
        var (b, g) = (Dignities.LordOf(bride.Sign), Dignities.LordOf(groom.Sign));
        var (ofBride, ofGroom) = (Dignities.RelationOf(b, g), Dignities.RelationOf(g, b));
        var points = b == g ? 5 : MaitriPoints(ofBride, ofGroom);
        var relation = b == g ? "Same lord" : $"{b} sees {g} as {ofBride}; {g} sees {b} as {ofGroom}";
        return new KootaResult(Koota.GrahaMaitri, points, b.ToString(), g.ToString(), relation);
    }

    private static double MaitriPoints(NaturalRelation one, NaturalRelation other) =>
        (Math.Min((int)one, (int)other), Math.Max((int)one, (int)other)) switch
        {
            (1, 1) => 5,
            (1, 2) => 4,
            (2, 2) => 3,
            (1, 3) => 1,
            (2, 3) => 0.5,
            _ => 0,
        };

    private static KootaResult GanaKoota(MoonStar bride, MoonStar groom)
    {
        var (b, g) = (Ganas.Of(bride.Nakshatra), Ganas.Of(groom.Nakshatra));
        return new KootaResult(Koota.Gana, Ganas.Score(g, b), b.ToString(), g.ToString(), "");
    }

    /// <summary>
    /// Bride's entry: the groom's sign counted from hers; groom's entry: hers from his. The 2/12, 5/9 and 6/8 placements
    /// score 0, all others 7.
    /// </summary>
    private static KootaResult BhakootKoota(MoonStar bride, MoonStar groom)
    {
        var fromBride = SignDistance(bride.Sign, groom.Sign);
        var fromGroom = SignDistance(groom.Sign, bride.Sign);
        var pair = Math.Min(fromBride, fromGroom);
        var points = pair is 2 or 5 or 6 ? 0 : 7;
        var relation = $"{pair}/{Math.Max(fromBride, fromGroom)}";
        return new KootaResult(Koota.Bhakoot, points, fromBride.ToString(), fromGroom.ToString(), relation);
    }

    /// <summary>Signs counted inclusively, 1 … 12.</summary>
    public static int SignDistance(int fromSign, int toSign) => ((toSign - fromSign + 12) % 12) + 1;

    private static KootaResult NadiKoota(MoonStar bride, MoonStar groom)
    {
        var (b, g) = (Nadis.Of(bride.Nakshatra), Nadis.Of(groom.Nakshatra));
        return new KootaResult(Koota.Nadi, b == g ? 0 : 8, b.ToString(), g.ToString(), b == g ? "Same" : "Different");
    }
}
