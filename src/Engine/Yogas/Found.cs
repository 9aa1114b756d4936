using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Yogas;

/// <summary>The shared vocabulary of the rules: house sets, natural benefics, and building results.</summary>
internal static class Found
{
    /// <summary>The natural benefics the yoga rules name (Mercury taken as a benefic unconditionally; the Moon left out).</summary>
    public static readonly Graha[] Benefics = [Graha.Mercury, Graha.Jupiter, Graha.Venus];

    public static bool IsKendra(int house) => house is 1 or 4 or 7 or 10;

    public static bool IsTrikona(int house) => house is 1 or 5 or 9;

    public static bool IsUpachaya(int house) => house is 3 or 6 or 10 or 11;

    public static bool IsDusthana(int house) => house is 6 or 8 or 12;

    /// <summary>The house (1–12) a graha stands in counted from a sign, the sign itself being the 1st.</summary>
    public static int HouseFrom(this SignChart chart, int fromSign, Graha graha) => SignChart.Houses.Count(fromSign, chart.SignOf(graha));

    public static int MoonSign(this SignChart chart) => chart.SignOf(Graha.Moon);

    /// <summary>The reference signs an option names: the ascendant's, the Moon's, or both.</summary>
    public static int[] ReferenceSigns(this SignChart chart, HouseReference reference) => reference switch
    {
        HouseReference.Ascendant => [chart.AscendantSign],
        HouseReference.Moon => [chart.MoonSign()],
        _ => [chart.AscendantSign, chart.MoonSign()],
    };

    public static string Describe(HouseReference reference) => reference switch
    {
        HouseReference.Ascendant => "the ascendant",
        HouseReference.Moon => "the Moon",
        _ => "the ascendant or the Moon",
    };

    /// <summary>
    /// Whether a graha is in a kendra from the ascendant or from the Moon. The Moon is always 1st from itself, so for the
    /// Moon only the ascendant counts; otherwise every rule asking this of the Moon would hold in every chart.
    /// </summary>
    public static bool InKendraFromAscendantOrMoon(this SignChart chart, Graha graha) =>
        IsKendra(chart.HouseOf(graha)) || (graha != Graha.Moon && IsKendra(chart.HouseFrom(chart.MoonSign(), graha)));

    public static YogaResult Absent(Yoga yoga, string rule) => new(yoga, YogaState.Absent, [], [], rule, []);

    public static YogaResult Formed(
        Yoga yoga,
        YogaState state,
        SignChart chart,
        IEnumerable<Graha> grahas,
        string rule,
        IReadOnlyList<YogaCondition>? conditions = null)
    {
        var formed = grahas.Distinct().Order().ToArray();
        var houses = formed.Select(chart.HouseOf).Distinct().Order().ToArray();
        return new YogaResult(yoga, state, formed, houses, rule, conditions ?? []);
    }

    public static YogaResult When(bool present, Yoga yoga, SignChart chart, IEnumerable<Graha> grahas, string rule) =>
        present ? Formed(yoga, YogaState.Present, chart, grahas, rule) : Absent(yoga, rule);
}
