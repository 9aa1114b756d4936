namespace Jyotishika.Engine;

/// <summary>Input that cannot be computed, with every problem found; the server words them for its callers.</summary>
public sealed class InvalidInputException : Exception
{
    public InvalidInputException(IReadOnlyList<InputProblem> problems)
        : base(string.Join("; ", problems.Select(p => $"{p.Part}: {p.Kind}"))) => Problems = problems;

    public InvalidInputException(InputProblem problem)
        : this([problem])
    {
    }

    public InvalidInputException()
        : this([])
    {
    }

    public InvalidInputException(string message)
        : base(message) => Problems = [];

    public InvalidInputException(string message, Exception innerException)
        : base(message, innerException) => Problems = [];

    public IReadOnlyList<InputProblem> Problems { get; }
}
