using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Matching;

/// <summary>
/// South Indian porutham matching: ten agreements, each yes or no, counted from the bride's star (or sign) to the groom's
/// as the Tamil manuals count. The North's varna and nadi are not among the ten.
/// </summary>
public static class Poruthams
{
    private static readonly int[] MahendraCounts = [4, 7, 10, 13, 16, 19, 22, 25];

    public static PoruthamMatchResult Match(MoonStar bride, MoonStar groom, PoruthamOptions? options = null)
    {
        (bride, groom) = (bride.Validated(), groom.Validated());
        options ??= PoruthamOptions.Default;
        var count = StarCount(bride.Nakshatra, groom.Nakshatra);
        var back = StarCount(groom.Nakshatra, bride.Nakshatra);
        var counts = (Bride: count.ToString(), Groom: back.ToString());
        PoruthamResult[] poruthams =
        [
            Dina(bride, groom),
            Gana(bride, groom),
            new(Porutham.Mahendra, MahendraCounts.Contains(count), counts.Bride, counts.Groom, ""),
            new(Porutham.StreeDeergha, count >= options.StreeDeerghaMinimumCount, counts.Bride, counts.Groom,
                $"at least {options.StreeDeerghaMinimumCount}"),
            Yoni(bride, groom, options.SerpentAndRatEnemies),
            Rasi(bride, groom),
            RasiAdhipati(bride, groom),
            Vasya(bride, groom, options.VasyaEitherWay),
            Rajju(bride, groom, options.RajjuSparedAcrossDirections),
            new(Porutham.Vedha, !Vedha.Pierces(bride.Nakshatra, groom.Nakshatra), bride.NakshatraName, groom.NakshatraName, ""),
        ];
        return new PoruthamMatchResult(bride, groom, options, poruthams);
    }

    /// <summary>Nakshatras counted inclusively, 1 … 27.</summary>
    public static int StarCount(int from, int to) => ((to - from + Nakshatra.Count) % Nakshatra.Count) + 1;

    /// <summary>The groom's tara from the bride's star must be Sampat, Kshema, Sadhaka, Mitra or Parama Mitra (the even taras).</summary>
    private static PoruthamResult Dina(MoonStar bride, MoonStar groom)
    {
        var tara = Taras.Counted(bride.Nakshatra, groom.Nakshatra);
        var agrees = tara is Tara.Sampat or Tara.Kshema or Tara.Sadhaka or Tara.Mitra or Tara.ParamaMitra;
        return new PoruthamResult(Porutham.Dina, agrees, tara.ToString(), Taras.Counted(groom.Nakshatra, bride.Nakshatra).ToString(), "");
    }

    /// <summary>Same gana, or Deva with Manushya either way; a Rakshasa with anyone but a Rakshasa fails.</summary>
    private static PoruthamResult Gana(MoonStar bride, MoonStar groom)
    {
        var (b, g) = (Ganas.Of(bride.Nakshatra), Ganas.Of(groom.Nakshatra));
        var agrees = b == g || (b != Matching.Gana.Rakshasa && g != Matching.Gana.Rakshasa);
        return new PoruthamResult(Porutham.Gana, agrees, b.ToString(), g.ToString(), "");
    }

    /// <summary>Any yonis but sworn enemies.</summary>
    private static PoruthamResult Yoni(MoonStar bride, MoonStar groom, bool serpentAndRatEnemies)
    {
        var (b, g) = (Yonis.Of(bride.Nakshatra), Yonis.Of(groom.Nakshatra));
        var relation = Yonis.RelationOf(g, b);
        var serpentAndRat = serpentAndRatEnemies
            && (b, g) is (Matching.Yoni.Serpent, Matching.Yoni.Rat) or (Matching.Yoni.Rat, Matching.Yoni.Serpent);
        var agrees = relation != YoniRelation.Enemy && !serpentAndRat;
        var named = serpentAndRat ? "Enemy (serpent and rat)" : relation.ToString();
        return new PoruthamResult(Porutham.Yoni, agrees, b.ToString(), g.ToString(), named);
    }

    /// <summary>The groom's sign beyond the sixth from the bride's.</summary>
    private static PoruthamResult Rasi(MoonStar bride, MoonStar groom)
    {
        var count = Ashtakoota.SignDistance(bride.Sign, groom.Sign);
        var back = Ashtakoota.SignDistance(groom.Sign, bride.Sign);
        return new PoruthamResult(Porutham.Rasi, count > 6, count.ToString(), back.ToString(), "");
    }

    /// <summary>The Moon-sign lords: one lord, or neither the other's natural enemy (BPHS ch. 3).</summary>
    private static PoruthamResult RasiAdhipati(MoonStar bride, MoonStar groom)
    {
        var (b, g) = (Dignities.LordOf(bride.Sign), Dignities.LordOf(groom.Sign));
        var agrees = b == g || (Dignities.RelationOf(b, g) != NaturalRelation.Enemy && Dignities.RelationOf(g, b) != NaturalRelation.Enemy);
        return new PoruthamResult(Porutham.RasiAdhipati, agrees, b.ToString(), g.ToString(), "");
    }

    private static PoruthamResult Vasya(MoonStar bride, MoonStar groom, bool eitherWay)
    {
        var agrees = SignVashya.Holds(bride.Sign, groom.Sign) || (eitherWay && SignVashya.Holds(groom.Sign, bride.Sign));
        return new PoruthamResult(Porutham.Vasya, agrees, Zodiac.SignNames[bride.Sign], Zodiac.SignNames[groom.Sign], "");
    }

    private static PoruthamResult Rajju(MoonStar bride, MoonStar groom, bool sparedAcrossDirections)
    {
        var (b, g) = (Rajjus.Of(bride.Nakshatra), Rajjus.Of(groom.Nakshatra));
        var opposite = Rajjus.IsAscending(bride.Nakshatra) != Rajjus.IsAscending(groom.Nakshatra);
        var agrees = b != g || (sparedAcrossDirections && opposite);
        var relation = b == g && opposite ? "Same rajju, opposite directions" : "";
        return new PoruthamResult(Porutham.Rajju, agrees, b.ToString(), g.ToString(), relation);
    }
}
