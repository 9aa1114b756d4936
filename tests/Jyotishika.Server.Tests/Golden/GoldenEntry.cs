namespace Jyotishika.Server.Tests.Golden;

/// <summary>One request and its answer as the golden file shows them.</summary>
internal sealed record GoldenEntry(string Name, IReadOnlyList<string> Request, IReadOnlyList<string> Answer)
{
    public const string Header = "=== ";
    public const string AnswerMarker = "--- answer";

    public IEnumerable<string> Lines => [Header + Name, .. Request, AnswerMarker, .. Answer];

    public string Text => string.Join('\n', Lines);
}
