using Jyotishika.Engine;

namespace Jyotishika.Server.Platform.Requests;

/// <summary>The engine's findings about an input, turned into the request fields that carried it.</summary>
public static class EngineViolations
{
    public static IEnumerable<InvalidField> ToFields(IEnumerable<InputViolation> problems, string fieldPrefix = "")
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(fieldPrefix);
        return problems.Select(problem => new InvalidField(fieldPrefix + problem.Field, problem.Description));
    }

    public static InvalidRequestException ToRequestException(InvalidInputException invalid)
    {
        ArgumentNullException.ThrowIfNull(invalid);
        return new InvalidRequestException(ToFields(invalid.Violations).ToList());
    }
}
