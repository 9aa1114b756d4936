using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Matching;

/// <summary>
/// Nadi, bhakoot and gana doshas and their customary exceptions (parihara). The exceptions are the ones matching
/// manuals repeat, collected in Muhurta Chintamani's commentaries on the Vivaha Prakarana; no verse number is claimed
/// for any of them, so each is reported by name and can be switched off in <see cref="DoshaCancellationRules"/>.
/// </summary>
internal static class MatchingDoshas
{
    private const string Source = "Customary exception (parihara) to the koota, Vivaha Prakarana tradition";

    public static IReadOnlyList<MatchingDosha> Find(
        MoonStar bride, MoonStar groom, IReadOnlyList<KootaResult> kootas, DoshaCancellationRules rules)
    {
        var doshas = new List<MatchingDosha>();
        if (kootas[(int)Koota.Nadi - 1].Points == 0)
        {
            doshas.Add(new MatchingDosha(MatchingDoshaKind.Nadi, NadiExceptions(bride, groom, rules).ToList()));
        }

        if (kootas[(int)Koota.Bhakoot - 1].Points == 0)
        {
            doshas.Add(new MatchingDosha(MatchingDoshaKind.Bhakoot, LordExceptions(bride, groom, rules).ToList()));
        }

        if (kootas[(int)Koota.Gana - 1].Points == 0)
        {
            var bhakootFull = kootas[(int)Koota.Bhakoot - 1].Points == (int)Koota.Bhakoot;
            doshas.Add(new MatchingDosha(MatchingDoshaKind.Gana, GanaExceptions(bride, groom, bhakootFull, rules).ToList()));
        }

        return doshas;
    }

    private static IEnumerable<DoshaCancellation> NadiExceptions(MoonStar bride, MoonStar groom, DoshaCancellationRules rules)
    {
        var sameStar = bride.Nakshatra == groom.Nakshatra;
        var sameSign = bride.Sign == groom.Sign;
        if (rules.NadiSameSignDifferentNakshatra && sameSign && !sameStar)
        {
            yield return new DoshaCancellation(DoshaException.SameSignDifferentNakshatra, "Same Moon sign, different nakshatras", Source);
        }

        if (rules.NadiSameNakshatraDifferentSign && sameStar && !sameSign)
        {
            yield return new DoshaCancellation(DoshaException.SameNakshatraDifferentSign, "Same nakshatra, different Moon signs", Source);
        }

        if (rules.NadiSameNakshatraDifferentPada && sameStar && bride.Pada != groom.Pada)
        {
            yield return new DoshaCancellation(DoshaException.SameNakshatraDifferentPada, "Same nakshatra, different padas", Source);
        }

        if (rules.SameSignLord && Dignities.LordOf(bride.Sign) == Dignities.LordOf(groom.Sign))
        {
            yield return new DoshaCancellation(DoshaException.SameSignLord, "Moon signs share one lord", Source);
        }
    }

    private static IEnumerable<DoshaCancellation> LordExceptions(MoonStar bride, MoonStar groom, DoshaCancellationRules rules)
    {
        var (b, g) = (Dignities.LordOf(bride.Sign), Dignities.LordOf(groom.Sign));
        if (rules.SameSignLord && b == g)
        {
            yield return new DoshaCancellation(DoshaException.SameSignLord, "Moon signs share one lord", Source);
        }

        if (rules.FriendlySignLords && b != g
            && Dignities.RelationOf(b, g) == NaturalRelation.Friend && Dignities.RelationOf(g, b) == NaturalRelation.Friend)
        {
            yield return new DoshaCancellation(DoshaException.FriendlySignLords, "Moon-sign lords are mutual friends", Source);
        }
    }

    private static IEnumerable<DoshaCancellation> GanaExceptions(
        MoonStar bride, MoonStar groom, bool bhakootFull, DoshaCancellationRules rules)
    {
        foreach (var cancellation in LordExceptions(bride, groom, rules))
        {
            yield return cancellation;
        }

        if (rules.GanaByBhakoot && bhakootFull)
        {
            yield return new DoshaCancellation(DoshaException.BhakootFull, "Bhakoot scores in full", Source);
        }
    }
}
