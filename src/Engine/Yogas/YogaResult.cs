namespace Jyotishika.Engine.Yogas;

/// <summary>
/// One yoga, evaluated: whether it is in the chart, the grahas and houses (whole signs from the ascendant) that form it,
/// the rule as applied with its source, and the named conditions that formed, cancelled or blocked it. Grahas and houses
/// are empty when the yoga is absent.
/// </summary>
public sealed record YogaResult(
    Yoga Yoga,
    YogaState State,
    IReadOnlyList<Graha> Grahas,
    IReadOnlyList<int> Houses,
    string Rule,
    IReadOnlyList<YogaCondition> Conditions)
{
    public string Key => Yoga.Key();

    public bool Present => State == YogaState.Present;
}

/// <summary>Every yoga the evaluator knows, present or not, with the options that were used to read them.</summary>
public sealed record YogaReport(YogaOptions Options, IReadOnlyList<YogaResult> Results)
{
    public YogaResult this[Yoga yoga] => Results.First(result => result.Yoga == yoga);
}
