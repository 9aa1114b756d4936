using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Jyotishika.Server.Tests.Metrics;

/// <summary>One sample of the Prometheus text format: a series name, its labels and its value.</summary>
internal sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value)
{
    public bool Has(string label, string value) => Labels.TryGetValue(label, out var actual) && actual == value;
}

/// <summary>GET /metrics, parsed into samples (the text exposition format, version 0.0.4).</summary>
internal static partial class Scrape
{
    public static async Task<IReadOnlyList<Sample>> MetricsAsync(HttpClient rest)
    {
        using var response = await rest.GetAsync(new Uri("/metrics", UriKind.Relative)).ConfigureAwait(false);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
    }

    public static IReadOnlyList<Sample> Parse(string text) =>
        [.. text.Split('\n').Where(line => line.Length > 0 && line[0] != '#').Select(ParseLine)];

    /// <summary>The samples named <paramref name="name"/> whose labels include every pair of <paramref name="labels"/>.</summary>
    public static IEnumerable<Sample> Named(this IEnumerable<Sample> samples, string name, params (string Label, string Value)[] labels) =>
        samples.Where(sample => sample.Name == name && labels.All(pair => sample.Has(pair.Label, pair.Value)));

    private static Sample ParseLine(string line)
    {
        var match = SampleLine().Match(line);
        Assert.That(match.Success, Is.True, $"not a sample line: {line}");
        var labels = LabelPair().Matches(match.Groups["labels"].Value)
            .ToDictionary(pair => pair.Groups["name"].Value, pair => Regex.Unescape(pair.Groups["value"].Value));
        var value = match.Groups["value"].Value switch
        {
            "+Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            var number => double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
        return new Sample(match.Groups["name"].Value, labels, value);
    }

    [GeneratedRegex("""^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})? (?<value>\S+)( \S+)?$""")]
    private static partial Regex SampleLine();

    [GeneratedRegex("""(?<name>[a-zA-Z_][a-zA-Z0-9_]*)="(?<value>(\\.|[^"\\])*)",?""")]
    private static partial Regex LabelPair();
}
