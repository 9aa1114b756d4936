namespace Jyotishika.Server.Platform.Requests;

/// <summary>
/// A request that cannot be answered as sent; every violation names its field. The descriptions are written for the
/// caller (INVALID_ARGUMENT, or REST 400), so they never carry exception text. There is no constructor without a field:
/// a refusal that names nothing would leave the caller guessing.
/// </summary>
public sealed class InvalidRequestException : Exception
{
    public InvalidRequestException(IReadOnlyList<InvalidField> violations)
        : base(string.Join("; ", violations.Select(v => $"{v.Field}: {v.Description}"))) => Violations = violations;

    public InvalidRequestException(string field, string description)
        : this([new InvalidField(field, description)])
    {
    }

    public IReadOnlyList<InvalidField> Violations { get; }
}
