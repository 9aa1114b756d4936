using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Yogas;

/// <summary>Yogas of two grahas sharing a sign. Combustion is not read: the sign rule is the one the sources state.</summary>
internal static class ConjunctionYogas
{
    public static void Evaluate(SignChart chart, List<YogaResult> results)
    {
        results.Add(Together(chart, Yoga.Budhaditya, Graha.Sun, Graha.Mercury,
            "B. V. Raman, Three Hundred Important Combinations (Budha-Aditya yoga): the Sun and Mercury in one sign"));
        results.Add(Together(chart, Yoga.ChandraMangala, Graha.Moon, Graha.Mars,
            "B. V. Raman, Three Hundred Important Combinations (Chandra-Mangala yoga): the Moon and Mars in one sign"));
    }

    private static YogaResult Together(SignChart chart, Yoga yoga, Graha first, Graha second, string rule) =>
        Found.When(chart.SignOf(first) == chart.SignOf(second), yoga, chart, [first, second], rule);
}
