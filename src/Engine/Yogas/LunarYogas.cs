using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Yogas;

/// <summary>
/// The yogas counted from the Moon: Gajakesari, the Moon's neighbours (Sunapha, Anapha, Durudhara, Kemadruma and
/// Kemadruma's cancellations), Adhi, Vasumati and Amala.
/// </summary>
internal static class LunarYogas
{
    private static readonly Graha[] FiveGrahas = [Graha.Mars, Graha.Mercury, Graha.Jupiter, Graha.Venus, Graha.Saturn];

    private static readonly Graha[] Malefics = [Graha.Sun, Graha.Mars, Graha.Saturn, Graha.Rahu, Graha.Ketu];

    public static void Evaluate(SignChart chart, YogaOptions options, List<YogaResult> results)
    {
        results.Add(Gajakesari(chart, options));
        Neighbours(chart, options, results);
        results.Add(Adhi(chart, options));
        results.Add(Vasumati(chart, options));
        results.Add(Amala(chart, options));
    }

    private static YogaResult Gajakesari(SignChart chart, YogaOptions options)
    {
        var rule = $"Phaladeepika ch. 6: Jupiter in a kendra (1, 4, 7, 10) from {Found.Describe(options.GajakesariKendrasFrom)}";
        var present = chart.ReferenceSigns(options.GajakesariKendrasFrom)
            .Any(reference => Found.IsKendra(chart.HouseFrom(reference, Graha.Jupiter)));
        return Found.When(present, Yoga.Gajakesari, chart, [Graha.Jupiter, Graha.Moon], rule);
    }

    /// <summary>The grahas whose places beside the Moon the options count (the Moon itself never).</summary>
    private static Graha[] Counted(SignChart chart, YogaOptions options)
    {
        IEnumerable<Graha> counted = FiveGrahas;
        if (options.LunarYogasCountSun)
        {
            counted = counted.Prepend(Graha.Sun);
        }

        if (options.LunarYogasCountNodes)
        {
            counted = counted.Concat([Graha.Rahu, Graha.Ketu]);
        }

        return counted.Where(chart.Grahas.ContainsKey).ToArray();
    }

    private static string CountedText(YogaOptions options) =>
        "Mars … Saturn" + (options.LunarYogasCountSun ? ", the Sun" : "") + (options.LunarYogasCountNodes ? ", Rahu, Ketu" : "");

    /// <summary>
    /// Brihat Jataka ch. 13: a graha (not the Sun) in the 2nd from the Moon makes Sunapha, in the 12th Anapha, in both
    /// Durudhara, in neither Kemadruma. The four exclude each other.
    /// </summary>
    private static void Neighbours(SignChart chart, YogaOptions options, List<YogaResult> results)
    {
        var counted = Counted(chart, options);
        var moon = chart.MoonSign();
        var second = counted.Where(graha => chart.HouseFrom(moon, graha) == 2).ToArray();
        var twelfth = counted.Where(graha => chart.HouseFrom(moon, graha) == 12).ToArray();
        var grahas = CountedText(options);
        var prefix = $"Brihat Jataka ch. 13 (counting {grahas}): ";

        results.Add(Found.When(second.Length > 0 && twelfth.Length == 0, Yoga.Sunapha, chart, second,
            prefix + "a graha in the 2nd from the Moon, none in the 12th"));
        results.Add(Found.When(twelfth.Length > 0 && second.Length == 0, Yoga.Anapha, chart, twelfth,
            prefix + "a graha in the 12th from the Moon, none in the 2nd"));
        results.Add(Found.When(second.Length > 0 && twelfth.Length > 0, Yoga.Durudhara, chart, [.. second, .. twelfth],
            prefix + "grahas in both the 2nd and the 12th from the Moon"));
        results.Add(Kemadruma(chart, options, counted, second.Length + twelfth.Length == 0, prefix));
    }

    private static YogaResult Kemadruma(SignChart chart, YogaOptions options, Graha[] counted, bool alone, string prefix)
    {
        var rule = prefix + "no graha in the 2nd or the 12th from the Moon; cancelled by "
            + $"{options.KemadrumaCancellations} (the kendra cancellations: Jataka Parijata ch. 7)";
        if (!alone)
        {
            return Found.Absent(Yoga.Kemadruma, rule);
        }

        var moon = chart.MoonSign();
        var conditions = new List<YogaCondition>();
        void Check(KemadrumaCancellations which, YogaConditionKind kind, IEnumerable<Graha> grahas)
        {
            var found = grahas.ToArray();
            if (options.KemadrumaCancellations.HasFlag(which) && found.Length > 0)
            {
                conditions.Add(new YogaCondition(kind, found));
            }
        }

        Check(KemadrumaCancellations.GrahaInKendraFromAscendant, YogaConditionKind.GrahaInKendraFromAscendant,
            counted.Where(graha => Found.IsKendra(chart.HouseOf(graha))));
        Check(KemadrumaCancellations.GrahaInKendraFromMoon, YogaConditionKind.GrahaInKendraFromMoon,
            counted.Where(graha => chart.HouseFrom(moon, graha) is 4 or 7 or 10));
        Check(KemadrumaCancellations.MoonInKendraFromAscendant, YogaConditionKind.MoonInKendraFromAscendant,
            Found.IsKendra(chart.HouseOf(Graha.Moon)) ? [Graha.Moon] : []);
        Check(KemadrumaCancellations.GrahaWithMoon, YogaConditionKind.GrahaWithMoon,
            counted.Where(graha => chart.SignOf(graha) == moon));

        var state = conditions.Count > 0 ? YogaState.Cancelled : YogaState.Present;
        return Found.Formed(Yoga.Kemadruma, state, chart, [Graha.Moon], rule, conditions);
    }

    /// <summary>Brihat Jataka ch. 13; Phaladeepika ch. 6: benefics in the 6th, 7th and 8th from the Moon.</summary>
    private static YogaResult Adhi(SignChart chart, YogaOptions options)
    {
        var moon = chart.MoonSign();
        var placed = Found.Benefics.Where(graha => chart.HouseFrom(moon, graha) is 6 or 7 or 8).ToArray();
        var present = options.AdhiReading == AdhiReading.AllThreeBenefics ? placed.Length == Found.Benefics.Length : placed.Length > 0;
        var rule = "Brihat Jataka ch. 13; Phaladeepika ch. 6: "
            + (options.AdhiReading == AdhiReading.AllThreeBenefics
                ? "Mercury, Jupiter and Venus all"
                : "at least one of Mercury, Jupiter, Venus")
            + " in the 6th, 7th or 8th from the Moon";
        return Found.When(present, Yoga.Adhi, chart, placed, rule);
    }

    /// <summary>Brihat Jataka ch. 13; Phaladeepika ch. 6: all the benefics in upachayas (3, 6, 10, 11).</summary>
    private static YogaResult Vasumati(SignChart chart, YogaOptions options)
    {
        var present = chart.ReferenceSigns(options.VasumatiFrom)
            .Any(reference => Found.Benefics.All(graha => Found.IsUpachaya(chart.HouseFrom(reference, graha))));
        var rule = "Brihat Jataka ch. 13; Phaladeepika ch. 6: Mercury, Jupiter and Venus all in upachayas (3, 6, 10, 11) from "
            + Found.Describe(options.VasumatiFrom);
        return Found.When(present, Yoga.Vasumati, chart, Found.Benefics, rule);
    }

    /// <summary>Phaladeepika ch. 6: the 10th from the ascendant or the Moon holding a benefic (and, by default, no malefic).</summary>
    private static YogaResult Amala(SignChart chart, YogaOptions options)
    {
        var rule = $"Phaladeepika ch. 6: the 10th from {Found.Describe(options.AmalaFrom)} holds a natural benefic "
            + "(Mercury, Jupiter, Venus)"
            + (options.AmalaOnlyBenefics ? " and no natural malefic (Sun, Mars, Saturn, Rahu, Ketu)" : "");
        foreach (var reference in chart.ReferenceSigns(options.AmalaFrom))
        {
            var tenth = SignChart.Houses.SignAt(reference, 10);
            var there = chart.GrahasIn(tenth).ToArray();
            var benefics = there.Intersect(Found.Benefics).ToArray();
            if (benefics.Length > 0 && !(options.AmalaOnlyBenefics && there.Intersect(Malefics).Any()))
            {
                return Found.Formed(Yoga.Amala, YogaState.Present, chart, benefics, rule);
            }
        }

        return Found.Absent(Yoga.Amala, rule);
    }
}
