namespace Jyotishika.Engine.Yogas;

/// <summary>What the evaluator found for one yoga.</summary>
public enum YogaState
{
    /// <summary>The combination is not in the chart.</summary>
    Absent = 0,

    /// <summary>The combination is in the chart and nothing the options enable undoes it.</summary>
    Present = 1,

    /// <summary>The combination is in the chart but a named cancellation (see the result's conditions) undoes it.</summary>
    Cancelled = 2,

    /// <summary>The rule needs something a sign chart does not hold (degrees, strengths); the result says which.</summary>
    NotEvaluable = 3,
}
