namespace Jyotishika.Engine;

/// <summary>
/// Collecting problems without a list until there is one: a valid input (the hot path) allocates nothing for its checks.
/// </summary>
internal static class InputProblems
{
    public static IReadOnlyList<InputProblem> None { get; } = [];

    public static void Add(ref List<InputProblem>? found, InputProblem problem) => (found ??= []).Add(problem);

    public static void AddRange(ref List<InputProblem>? found, IReadOnlyList<InputProblem> more)
    {
        if (more.Count > 0)
        {
            (found ??= []).AddRange(more);
        }
    }

    public static IReadOnlyList<InputProblem> Of(List<InputProblem>? found) => found ?? None;

    public static void ThrowIfAny(IReadOnlyList<InputProblem> found)
    {
        if (found.Count > 0)
        {
            throw new InvalidInputException(found);
        }
    }
}
