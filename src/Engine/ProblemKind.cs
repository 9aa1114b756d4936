namespace Jyotishika.Engine;

/// <summary>Which rule an input broke.</summary>
public enum ProblemKind
{
    /// <summary>Absent where it is required.</summary>
    Missing,

    /// <summary>Text that does not parse.</summary>
    Malformed,

    /// <summary>An instant not resolved to UTC.</summary>
    NotUtc,

    /// <summary>A number outside <see cref="InputProblem.Limits"/>.</summary>
    OutOfRange,

    /// <summary>A date outside what the installed ephemeris covers (<see cref="InputProblem.Dates"/>).</summary>
    OutsideEphemeris,

    /// <summary>An input in range whose calculation reached past the installed ephemeris (a search, light time).</summary>
    BeyondEphemeris,

    /// <summary>A value that names nothing the engine knows (an enum member, a zone name, a list entry).</summary>
    Unsupported,

    /// <summary>An end that is not after its start.</summary>
    NotAfterStart,

    /// <summary>More items than <see cref="InputProblem.Limits"/> allow; <see cref="InputProblem.Found"/> says how many.</summary>
    TooMany,

    /// <summary>A span longer than <see cref="InputProblem.Limits"/> allow (years).</summary>
    TooLong,

    /// <summary>A local time skipped by a clock change (<see cref="InputProblem.Gap"/>).</summary>
    NeverOccurred,

    /// <summary>A house system with no solution at the latitude (<see cref="InputProblem.Found"/>).</summary>
    NoSolution,

    /// <summary>A division with no classical rule, asked for by the classical scheme.</summary>
    NoClassicalRule,
}
