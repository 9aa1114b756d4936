using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Yogas;

/// <summary>
/// Reads the classical yogas from a sign chart: every yoga the engine knows is reported, present or not, so that a
/// reader sees what was checked as well as what was found. Pure: no ephemeris, no state.
/// </summary>
public static class YogaEvaluator
{
    public static YogaReport Evaluate(SignChart chart, YogaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        options ??= YogaOptions.Default;
        var missing = Dignities.SevenGrahas.Where(graha => !chart.Grahas.ContainsKey(graha)).ToArray();
        if (missing.Length > 0)
        {
            throw new ArgumentException(
                $"The yogas need the seven grahas Sun … Saturn; missing: {string.Join(", ", missing)}.", nameof(chart));
        }

        var results = new List<YogaResult>(64);
        MahapurushaYogas.Evaluate(chart, options, results);
        LunarYogas.Evaluate(chart, options, results);
        ConjunctionYogas.Evaluate(chart, results);
        LordshipYogas.Evaluate(chart, results);
        results.Add(NeechaBhanga.Evaluate(chart));
        NabhasaYogas.Evaluate(chart, options, results);
        // The groups are evaluated by the houses they read; the report is in the enum's order.
        results.Sort((left, right) => left.Yoga.CompareTo(right.Yoga));
        return new YogaReport(options, results);
    }
}
