using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Yogas;

/// <summary>
/// Neecha-bhanga raja yoga, the cancellation of a debilitation (Phaladeepika ch. 7, the conditions in a kendra from the
/// ascendant or the Moon). Each debilitated graha is read on its own; the yoga is present when any debilitated graha meets
/// a condition, and each condition met is reported with the debilitated graha first and the graha that meets it second.
/// </summary>
internal static class NeechaBhanga
{
    private const string Rule = "Phaladeepika ch. 7: a debilitated graha whose sign's lord, whose exaltation sign's lord, or the graha "
        + "exalted in its sign stands in a kendra from the ascendant or the Moon";

    public static YogaResult Evaluate(SignChart chart)
    {
        var conditions = new List<YogaCondition>();
        foreach (var graha in Dignities.SevenGrahas)
        {
            var sign = chart.SignOf(graha);
            if (!Dignities.IsDebilitated(graha, sign))
            {
                continue;
            }

            Check(graha, Dignities.LordOf(sign), YogaConditionKind.DebilitationSignLordInKendra);
            Check(graha, Dignities.LordOf(Dignities.ExaltationSign(graha)!.Value), YogaConditionKind.ExaltationSignLordInKendra);
            foreach (var exaltedThere in Dignities.SevenGrahas.Where(other => Dignities.ExaltationSign(other) == sign))
            {
                Check(graha, exaltedThere, YogaConditionKind.GrahaExaltedThereInKendra);
            }
        }

        return conditions.Count == 0
            ? Found.Absent(Yoga.NeechaBhangaRaja, Rule)
            : Found.Formed(
                Yoga.NeechaBhangaRaja, YogaState.Present, chart, conditions.Select(condition => condition.Grahas[0]), Rule, conditions);

        void Check(Graha debilitated, Graha other, YogaConditionKind kind)
        {
            if (chart.InKendraFromAscendantOrMoon(other))
            {
                conditions.Add(new YogaCondition(kind, [debilitated, other]));
            }
        }
    }
}
