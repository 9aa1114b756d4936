namespace Jyotishika.Engine;

/// <summary>One thing wrong with an input, named by the request field that carries it (JSON names).</summary>
public sealed record InputViolation(string Field, string Description);

/// <summary>Input that cannot be computed; each violation names its field. Messages are safe to show to clients.</summary>
public sealed class InvalidInputException : Exception
{
    public InvalidInputException(IReadOnlyList<InputViolation> violations)
        : base(string.Join("; ", violations.Select(v => $"{v.Field}: {v.Description}"))) => Violations = violations;

    public InvalidInputException(string field, string description)
        : this([new InputViolation(field, description)])
    {
    }

    public InvalidInputException()
        : this([])
    {
    }

    public InvalidInputException(string message)
        : base(message) => Violations = [];

    public InvalidInputException(string message, Exception innerException)
        : base(message, innerException) => Violations = [];

    public IReadOnlyList<InputViolation> Violations { get; }
}
