using System.Text;
using Google.Protobuf;

namespace Jyotishika.Server.Tests.Golden;

/// <summary>
/// Compares recorded answers with a golden file and describes the first differences readably: the request, then the
/// first line that differs, expected against actual, around the first differing character; a differing protobuf
/// message is also decoded to JSON on both sides, since base64 says little.
/// </summary>
internal static class GoldenComparison
{
    private const int Context = 160;

    /// <summary>One description per entry that differs, is missing or is extra, in sending order.</summary>
    public static IEnumerable<string> Differences(string group, string goldenText, IReadOnlyList<GoldenEntry> actual)
    {
        var golden = GoldenFile.Read(goldenText);
        var expected = golden.GroupBy(entry => entry.Name).ToDictionary(entries => entries.Key, entries => entries.First().Text);
        foreach (var entry in actual)
        {
            if (!expected.TryGetValue(entry.Name, out var text))
            {
                yield return $"{group}: '{entry.Name}' is not in the golden file (a new request? record it deliberately)";
            }
            else if (text != entry.Text)
            {
                yield return Describe(group, text.Split('\n'), [.. entry.Lines]);
            }
        }

        var sent = actual.Select(entry => entry.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var name in golden.Select(entry => entry.Name).Where(name => !sent.Contains(name)))
        {
            yield return $"{group}: '{name}' is in the golden file but was not sent";
        }

        if (golden.Select(entry => entry.Name).Order(StringComparer.Ordinal).SequenceEqual(sent.Order(StringComparer.Ordinal))
            && !golden.Select(entry => entry.Name).SequenceEqual(actual.Select(entry => entry.Name)))
        {
            yield return $"{group}: the requests were sent in another order than recorded";
        }
    }

    private static string Describe(string group, string[] expected, string[] actual)
    {
        var line = 0;
        while (line < expected.Length && line < actual.Length && expected[line] == actual[line])
        {
            line++;
        }

        var answerStart = Array.IndexOf(actual, GoldenEntry.AnswerMarker);
        var text = new StringBuilder()
            .AppendLine($"--- {group}: {actual[0][GoldenEntry.Header.Length..]}")
            .AppendLine(string.Join('\n', actual.Skip(1).Take(answerStart < 0 ? 3 : answerStart - 1).Select(Shortened)))
            .AppendLine($"first difference in line {line + 1} of the entry:");
        var was = line < expected.Length ? expected[line] : "(no line)";
        var now = line < actual.Length ? actual[line] : "(no line)";
        var at = FirstDifference(was, now);
        text.AppendLine("  expected: " + Around(was, at)).AppendLine("  actual:   " + Around(now, at));

        if (Decoded(actual[1], was) is { } wasJson && Decoded(actual[1], now) is { } nowJson)
        {
            var jsonAt = FirstDifference(wasJson, nowJson);
            text.AppendLine("  expected message: " + Around(wasJson, jsonAt)).AppendLine("  actual message:   " + Around(nowJson, jsonAt));
        }

        return text.ToString();
    }

    /// <summary>A "message: base64" line of a gRPC entry (request line "GRPC service/method") as JSON; else null.</summary>
    private static string? Decoded(string requestLine, string line)
    {
        const string prefix = "message: ";
        if (!requestLine.StartsWith("GRPC ", StringComparison.Ordinal) || !line.StartsWith(prefix, StringComparison.Ordinal)
            || GoldenMethods.Find(requestLine["GRPC ".Length..]) is not { } method)
        {
            return null;
        }

        try
        {
            return JsonFormatter.Default.Format(method.OutputType.Parser.ParseFrom(Convert.FromBase64String(line[prefix.Length..])));
        }
        catch (Exception undecodable) when (undecodable is FormatException or InvalidProtocolBufferException)
        {
            return null;
        }
    }

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }

    private static string Around(string line, int at)
    {
        var start = Math.Max(0, at - Context);
        var end = Math.Min(line.Length, at + Context);
        return (start > 0 ? "…" : string.Empty) + line[start..end] + (end < line.Length ? "…" : string.Empty);
    }

    private static string Shortened(string line) => line.Length > 2 * Context ? line[..(2 * Context)] + "…" : line;
}
