using Jyotishika.Engine.Time;

namespace Jyotishika.Engine;

/// <summary>
/// One thing wrong with an input: which part, which rule, and the data the rule was judged by. It names no request field
/// and holds no wording: the server turns it into both, so one engine serves every contract.
/// </summary>
public sealed record InputProblem(InputPart Part, ProblemKind Kind)
{
    /// <summary>
    /// The accepted numbers (<see cref="ProblemKind.OutOfRange"/>, <see cref="ProblemKind.TooMany"/>,
    /// <see cref="ProblemKind.TooLong"/>).
    /// </summary>
    public ValueLimits? Limits { get; init; }

    /// <summary>The dates the installed ephemeris serves for this part (<see cref="ProblemKind.OutsideEphemeris"/>).</summary>
    public DateLimits? Dates { get; init; }

    /// <summary>The value refused: a division, a count of instants, the latitude houses failed at.</summary>
    public double? Found { get; init; }

    /// <summary>Which item of a list part was refused.</summary>
    public int? Index { get; init; }

    /// <summary>What the part was needed for, when it is refused only because another input asked for it.</summary>
    public InputPart? NeededFor { get; init; }

    /// <summary>The house system that has no solution (<see cref="ProblemKind.NoSolution"/>).</summary>
    public HouseSystem? HouseSystem { get; init; }

    /// <summary>The clock change that skipped the local time (<see cref="ProblemKind.NeverOccurred"/>).</summary>
    public SkippedLocalTime? Gap { get; init; }
}
