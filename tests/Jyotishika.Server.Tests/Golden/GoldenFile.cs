namespace Jyotishika.Server.Tests.Golden;

/// <summary>
/// A golden file: a few comment lines, then one entry per request in sending order (see <see cref="GoldenEntry"/>).
/// Read with any line endings, so a checkout that converted them still compares.
/// </summary>
internal static class GoldenFile
{
    private const string Comment = "#";

    public static string Write(string group, IEnumerable<GoldenEntry> entries)
    {
        List<string> lines =
        [
            $"{Comment} Golden answers of the {group} requests (tests/Jyotishika.Server.Tests/Golden): the server's exact answers,",
            $"{Comment} values that differ per run replaced by placeholders. Re-record only for a reviewed change: GOLDEN_UPDATE=1.",
            .. entries.SelectMany(entry => entry.Lines),
        ];
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>Each entry's name and text (its lines joined by '\n'), in file order.</summary>
    public static IReadOnlyList<(string Name, string Text)> Read(string text)
    {
        var entries = new List<(string, string)>();
        var current = new List<string>();
        foreach (var line in text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'))
        {
            if (line.StartsWith(GoldenEntry.Header, StringComparison.Ordinal) && current.Count > 0)
            {
                entries.Add(Entry(current));
                current = [];
            }

            if (current.Count > 0 || line.StartsWith(GoldenEntry.Header, StringComparison.Ordinal))
            {
                current.Add(line);
            }
        }

        if (current.Count > 0)
        {
            entries.Add(Entry(current));
        }

        return entries;
    }

    private static (string, string) Entry(List<string> lines) => (lines[0][GoldenEntry.Header.Length..], string.Join('\n', lines));
}
