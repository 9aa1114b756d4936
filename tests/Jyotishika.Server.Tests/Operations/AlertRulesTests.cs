using System.Text.Json;
using System.Text.RegularExpressions;
using Jyotishika.Server.Tests.Infrastructure;

namespace Jyotishika.Server.Tests.Operations;

/// <summary>
/// deploy/prometheus/alerts.yml is valid (promtool check rules), each alert fires at the checklist's threshold and not
/// below it (promtool test rules on alerts.test.yml), and every series the rules and the Grafana dashboard read is one
/// this server really exports — a renamed metric would otherwise silence an alert without a sound.
/// </summary>
public sealed partial class AlertRulesTests
{
    private const string Rules = "deploy/prometheus/alerts.yml";
    private const string RuleTests = "deploy/prometheus/alerts.test.yml";
    private const string Dashboard = "deploy/grafana/jyotishika-dashboard.json";
    private static readonly TimeSpan PromtoolTimeout = TimeSpan.FromMinutes(1);

    [Test]
    public async Task Promtool_accepts_the_rules()
    {
        var output = await PromtoolAsync("check", "rules", RepositoryFile.PathOf(Rules));

        Assert.That(output, Does.Contain("SUCCESS"));
    }

    [Test]
    public async Task Each_alert_fires_at_its_threshold_and_not_below()
    {
        var output = await PromtoolAsync("test", "rules", RepositoryFile.PathOf(RuleTests));

        Assert.That(output, Does.Contain("SUCCESS"));
        foreach (var alert in AlertNames().Matches(RepositoryFile.Read(Rules)).Select(m => m.Groups[1].Value))
        {
            Assert.That(RepositoryFile.Read(RuleTests), Does.Contain($"alertname: {alert}"), $"{alert} has a unit test");
        }
    }

    [Test]
    public async Task Every_series_the_rules_and_the_dashboard_read_is_exported()
    {
        // A server that has done a chart's work: some collectors are created on their first use.
        var (status, body) = await RestErrors.PostAsync("/v1/chart", """{"datetime":"1991-03-25T09:46:00","tz":"Asia/Kolkata","latitude":18.52,"longitude":73.85}""");
        Assert.That(status, Is.EqualTo(200), body);
        using var response = await ServerFixture.Rest.GetAsync(new Uri("/metrics", UriKind.Relative));
        var exported = MetricFamily().Matches(await response.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value).ToHashSet();
        using var dashboard = JsonDocument.Parse(RepositoryFile.Read(Dashboard));
        var expressions = dashboard.RootElement.GetProperty("panels").EnumerateArray()
            .SelectMany(panel => panel.GetProperty("targets").EnumerateArray())
            .Select(target => target.GetProperty("expr").GetString()!)
            .Append(RepositoryFile.Read(Rules));

        var read = expressions.SelectMany(expression => SeriesName().Matches(expression).Select(m => m.Value)).ToHashSet();

        Assert.That(read, Has.Count.GreaterThan(10));
        Assert.That(read.Select(Family).Where(name => !exported.Contains(name)), Is.Empty, "read but not exported");
    }

    /// <summary>A histogram's series (…_bucket, …_sum, …_count) belong to the family its TYPE line names.</summary>
    private static string Family(string series) => HistogramSuffix().Replace(series, string.Empty);

    private static async Task<string> PromtoolAsync(params string[] arguments)
    {
        using var promtool = ChildProcess.Start("promtool", arguments, RepositoryFile.Root);
        await promtool.WaitForExitAsync(PromtoolTimeout);
        var output = string.Join('\n', promtool.StandardOutput.Concat(promtool.StandardError));
        Assert.That(promtool.ExitCode, Is.EqualTo(0), output);
        return output;
    }

    [GeneratedRegex(@"^\s*- alert: (\w+)", RegexOptions.Multiline)]
    private static partial Regex AlertNames();

    [GeneratedRegex(@"^# TYPE (\w+) ", RegexOptions.Multiline)]
    private static partial Regex MetricFamily();

    [GeneratedRegex(@"\b(http_request|jyotishika_)\w+")]
    private static partial Regex SeriesName();

    [GeneratedRegex("_(bucket|sum|count)$")]
    private static partial Regex HistogramSuffix();
}
