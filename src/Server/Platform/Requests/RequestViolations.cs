using Jyotishika.Engine;

namespace Jyotishika.Server.Platform.Requests;

/// <summary>
/// What a request mapper finds wrong, collected so that one answer names every bad field. A field is reported once: the
/// first finding says it best (a missing latitude is not also "out of range").
/// </summary>
public sealed class RequestViolations
{
    private readonly List<InvalidField> found = [];

    public int Count => found.Count;

    public IReadOnlyList<InvalidField> All => found;

    public void Add(string field, string description) => found.Add(new InvalidField(field, description));

    public void AddRange(IEnumerable<InvalidField> violations) => found.AddRange(violations);

    /// <summary>A nested request's violations under its field in the outer one (<c>latitude</c> as <c>birth.latitude</c>).</summary>
    public void AddUnder(string field, IEnumerable<InvalidField> violations) =>
        found.AddRange(violations.Select(violation => violation with { Field = $"{field}.{violation.Field}" }));

    /// <summary>Records the problem and hands back <paramref name="fallback"/>, so mapping goes on to find the others.</summary>
    public T Refuse<T>(string field, string description, T fallback)
    {
        Add(field, description);
        return fallback;
    }

    /// <summary>
    /// A contract enum numbered as the engine's own (its choices 1 … <paramref name="choices"/>): unset (0) takes
    /// <paramref name="fallback"/>, a known number its engine value, anything else is refused naming the allowed names.
    /// </summary>
    public T Choose<T>(int value, T fallback, string field, string allowed, int choices = 2)
        where T : struct, Enum => value switch
        {
            0 => fallback,
            _ when value >= 1 && value <= choices => (T)(object)value,
            _ => Refuse(field, $"must be {allowed}", fallback),
        };

    /// <summary>The engine's problems with the input the mapper built, as request fields (see <see cref="EngineViolations"/>).</summary>
    public void AddEngine(IEnumerable<InputProblem> problems, string fieldPrefix = "", string settingsPrefix = "") =>
        found.AddRange(EngineViolations.ToFields(problems, fieldPrefix, settingsPrefix));

    public bool Names(string field) => found.Exists(violation => violation.Field == field);

    /// <summary>Throws <see cref="InvalidRequestException"/> with one violation per field when anything was found.</summary>
    public void ThrowIfAny()
    {
        if (found.Count > 0)
        {
            throw new InvalidRequestException(found.DistinctBy(violation => violation.Field).ToList());
        }
    }
}
