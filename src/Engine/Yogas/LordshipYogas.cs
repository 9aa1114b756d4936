using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Yogas;

/// <summary>
/// Yogas read from the lords of houses: Lakshmi, Saraswati, the three Vipareeta raja yogas, Dharma-Karmadhipati and the
/// three kinds of Parivartana. Houses are whole signs from the ascendant.
/// </summary>
internal static class LordshipYogas
{
    public static void Evaluate(SignChart chart, List<YogaResult> results)
    {
        results.Add(Lakshmi(chart));
        results.Add(Saraswati(chart));
        results.Add(Vipareeta(chart, Yoga.Harsha, 6));
        results.Add(Vipareeta(chart, Yoga.Sarala, 8));
        results.Add(Vipareeta(chart, Yoga.Vimala, 12));
        results.Add(DharmaKarmadhipati(chart));
        Parivartana(chart, results);
    }

    private static Graha LordOfHouse(SignChart chart, int house) => Dignities.LordOf(chart.SignOfHouse(house));

    /// <summary>
    /// The 9th lord in a kendra in its own, moolatrikona or exaltation sign, with a strong lagna lord. The lagna lord's
    /// strength is shadbala, which a sign chart cannot give: when the 9th-lord part holds the result is not evaluable.
    /// </summary>
    private static YogaResult Lakshmi(SignChart chart)
    {
        const string Rule = "B. V. Raman, Three Hundred Important Combinations (Lakshmi yoga): the 9th lord in a kendra in its own, "
            + "moolatrikona or exaltation sign, and the lagna lord strong (strength not computed)";
        var ninthLord = LordOfHouse(chart, 9);
        var sign = chart.SignOf(ninthLord);
        var dignified = Dignities.IsInOwnSign(ninthLord, sign) || Dignities.IsExalted(ninthLord, sign)
            || Dignities.MoolatrikonaSign(ninthLord) == sign;
        if (!dignified || !Found.IsKendra(chart.HouseOf(ninthLord)))
        {
            return Found.Absent(Yoga.Lakshmi, Rule);
        }

        var lagnaLord = LordOfHouse(chart, 1);
        return Found.Formed(Yoga.Lakshmi, YogaState.NotEvaluable, chart, [ninthLord, lagnaLord], Rule,
            [new YogaCondition(YogaConditionKind.StrengthNotComputed, [lagnaLord])]);
    }

    /// <summary>
    /// Phaladeepika ch. 6: Jupiter, Venus and Mercury in kendras, trikonas or the 2nd, Jupiter in its own, exaltation or a
    /// friend's sign (natural friendship, BPHS ch. 3).
    /// </summary>
    private static YogaResult Saraswati(SignChart chart)
    {
        const string Rule = "Phaladeepika ch. 6: Jupiter, Venus and Mercury each in the 1st, 2nd, 4th, 5th, 7th, 9th or 10th, "
            + "Jupiter in its own, exaltation or a natural friend's sign";
        var placed = Found.Benefics.All(graha =>
            chart.HouseOf(graha) is var house && (Found.IsKendra(house) || Found.IsTrikona(house) || house == 2));
        var jupiterSign = chart.SignOf(Graha.Jupiter);
        var lord = Dignities.LordOf(jupiterSign);
        var jupiterWell = lord == Graha.Jupiter || Dignities.IsExalted(Graha.Jupiter, jupiterSign)
            || Dignities.RelationOf(Graha.Jupiter, lord) == NaturalRelation.Friend;
        return Found.When(placed && jupiterWell, Yoga.Saraswati, chart, Found.Benefics, Rule);
    }

    /// <summary>Phaladeepika ch. 6: the lord of the 6th (Harsha), 8th (Sarala) or 12th (Vimala) in the 6th, 8th or 12th.</summary>
    private static YogaResult Vipareeta(SignChart chart, Yoga yoga, int house)
    {
        var rule = $"Phaladeepika ch. 6: the lord of the {house}th in the 6th, 8th or 12th";
        var lord = LordOfHouse(chart, house);
        return Found.When(Found.IsDusthana(chart.HouseOf(lord)), yoga, chart, [lord], rule);
    }

    /// <summary>
    /// BPHS, the chapter on raja yogas: the lords of the 9th and 10th related by conjunction, mutual aspect or exchange; one
    /// graha ruling both (Saturn for Taurus, Venus for Capricorn … ) is reported as its own condition.
    /// </summary>
    private static YogaResult DharmaKarmadhipati(SignChart chart)
    {
        const string Rule = "BPHS, raja yogas: the 9th and 10th lords conjoined, in mutual aspect or exchanging signs, "
            + "or one graha ruling both";
        var ninth = LordOfHouse(chart, 9);
        var tenth = LordOfHouse(chart, 10);
        if (ninth == tenth)
        {
            return Found.Formed(Yoga.DharmaKarmadhipati, YogaState.Present, chart, [ninth], Rule,
                [new YogaCondition(YogaConditionKind.SameLord, [ninth])]);
        }

        var conditions = Sambandha(chart, ninth, tenth).Select(kind => new YogaCondition(kind, [ninth, tenth])).ToArray();
        return conditions.Length > 0
            ? Found.Formed(Yoga.DharmaKarmadhipati, YogaState.Present, chart, [ninth, tenth], Rule, conditions)
            : Found.Absent(Yoga.DharmaKarmadhipati, Rule);
    }

    private static IEnumerable<YogaConditionKind> Sambandha(SignChart chart, Graha first, Graha second)
    {
        var firstSign = chart.SignOf(first);
        var secondSign = chart.SignOf(second);
        if (firstSign == secondSign)
        {
            yield return YogaConditionKind.Conjunction;
        }

        if (SignAspects.Aspects(first, firstSign, secondSign) && SignAspects.Aspects(second, secondSign, firstSign))
        {
            yield return YogaConditionKind.MutualAspect;
        }

        if (Dignities.LordOf(firstSign) == second && Dignities.LordOf(secondSign) == first)
        {
            yield return YogaConditionKind.Exchange;
        }
    }

    /// <summary>
    /// Phaladeepika ch. 6: two lords in each other's signs. Involving the 6th, 8th or 12th it is Dainya; else involving the
    /// 3rd, Khala; else (houses among 1, 2, 4, 5, 7, 9, 10, 11) Maha.
    /// </summary>
    private static void Parivartana(SignChart chart, List<YogaResult> results)
    {
        var exchanges = new List<(Graha First, Graha Second, int FirstHouse, int SecondHouse)>();
        var seven = Dignities.SevenGrahas;
        for (var i = 0; i < seven.Count; i++)
        {
            for (var j = i + 1; j < seven.Count; j++)
            {
                var (first, second) = (seven[i], seven[j]);
                if (Dignities.LordOf(chart.SignOf(first)) == second && Dignities.LordOf(chart.SignOf(second)) == first)
                {
                    exchanges.Add((first, second, chart.HouseOf(first), chart.HouseOf(second)));
                }
            }
        }

        static bool Dainya(int a, int b) => Found.IsDusthana(a) || Found.IsDusthana(b);
        static bool Khala(int a, int b) => !Dainya(a, b) && (a == 3 || b == 3);
        static bool Maha(int a, int b) => !Dainya(a, b) && !Khala(a, b);

        Add(Yoga.MahaParivartana, Maha, "Phaladeepika ch. 6: two lords exchange signs, both houses among 1, 2, 4, 5, 7, 9, 10, 11");
        Add(Yoga.KhalaParivartana, Khala,
            "Phaladeepika ch. 6: two lords exchange signs, one of the houses the 3rd (none the 6th, 8th or 12th)");
        Add(Yoga.DainyaParivartana, Dainya, "Phaladeepika ch. 6: two lords exchange signs, one of the houses the 6th, 8th or 12th");

        void Add(Yoga yoga, Func<int, int, bool> kind, string rule)
        {
            var matching = exchanges.Where(exchange => kind(exchange.FirstHouse, exchange.SecondHouse)).ToArray();
            var conditions = matching.Select(exchange => new YogaCondition(YogaConditionKind.Exchange, [exchange.First, exchange.Second]))
                .ToArray();
            results.Add(matching.Length == 0
                ? Found.Absent(yoga, rule)
                : Found.Formed(yoga, YogaState.Present, chart, conditions.SelectMany(condition => condition.Grahas), rule, conditions));
        }
    }
}
