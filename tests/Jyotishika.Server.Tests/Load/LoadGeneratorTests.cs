using System.Text.Json;
using Jyotishika.Server.Tests.Infrastructure;

namespace Jyotishika.Server.Tests.Load;

/// <summary>
/// The load generator against a real server: every request it generates is valid, a counted run makes exactly the calls
/// it was asked for, and a server's refusals are reported by status code while the run still finishes. Small counts and
/// concurrency on purpose: performance is measured in bench/, never asserted in tests.
/// </summary>
[TestFixture]
public sealed class LoadGeneratorTests
{
    private const int Calls = 300;

    [TestCase("grpc", false)]
    [TestCase("rest", false)]
    [TestCase("rest", true)]
    public async Task A_counted_run_makes_exactly_that_many_calls_all_successful_with_ordered_percentiles(string target, bool http2)
    {
        await using var server = await RunningServer.StartAsync("environment=Development", "RATE_LIMIT_PER_IP_PER_MINUTE=0");

        var summary = await LoadGeneratorTool.RunAsync(Arguments(server, target, http2));

        var totals = summary.GetProperty("totals");
        Assert.Multiple(() =>
        {
            Assert.That(summary.GetProperty("target").GetString(), Is.EqualTo(target));
            Assert.That(
                summary.GetProperty("settings").GetProperty("httpVersion").GetString(),
                Is.EqualTo(target == "grpc" || http2 ? "2" : "1.1"));
            Assert.That(totals.GetProperty("calls").GetInt64(), Is.EqualTo(Calls));
            Assert.That(totals.GetProperty("ok").GetInt64(), Is.EqualTo(Calls), summary.GetProperty("errors").ToString());
            Assert.That(totals.GetProperty("errors").GetInt64(), Is.Zero);
            Assert.That(summary.GetProperty("errors").EnumerateObject(), Is.Empty);
            Assert.That(summary.GetProperty("requestsPerSecond").GetDouble(), Is.Positive);
            Assert.That(summary.GetProperty("interrupted").GetBoolean(), Is.False);
        });
        var latency = summary.GetProperty("latencyMs");
        double[] percentiles = [.. new[] { "p50", "p90", "p99", "p999", "max" }.Select(name => latency.GetProperty(name).GetDouble())];
        Assert.That(percentiles[0], Is.Positive, latency.ToString());
        Assert.That(percentiles, Is.Ordered, "p50 ≤ p90 ≤ p99 ≤ p99.9 ≤ max");
        Assert.That(latency.GetProperty("mean").GetDouble(), Is.Positive.And.LessThanOrEqualTo(percentiles[^1]));
    }

    [TestCase("grpc", "RESOURCE_EXHAUSTED")]
    [TestCase("rest", "429")]
    public async Task Past_a_tiny_rate_limit_the_refusals_are_counted_by_status_code_and_the_run_finishes(string target, string refusal)
    {
        await using var server = await RunningServer.StartAsync("environment=Development", "RATE_LIMIT_PER_IP_PER_MINUTE=20");

        var summary = await LoadGeneratorTool.RunAsync(Arguments(server, target, http2: false));

        var totals = summary.GetProperty("totals");
        var errors = summary.GetProperty("errors").EnumerateObject().ToDictionary(error => error.Name, error => error.Value.GetInt64());
        Assert.Multiple(() =>
        {
            Assert.That(errors.Keys, Is.EqualTo(new[] { refusal }), "the only failure is the limit's");
            Assert.That(totals.GetProperty("calls").GetInt64(), Is.EqualTo(Calls), "every call answered and counted");
            Assert.That(totals.GetProperty("ok").GetInt64(), Is.InRange(1, 19), "20 a minute, one of them the preflight call");
            Assert.That(totals.GetProperty("ok").GetInt64() + errors[refusal], Is.EqualTo(Calls));
            Assert.That(totals.GetProperty("errors").GetInt64(), Is.EqualTo(errors[refusal]));
        });
    }

    [Test]
    public async Task A_batch_run_calls_ComputeCharts_and_counts_every_chart_of_every_call()
    {
        await using var server = await RunningServer.StartAsync("environment=Development", "RATE_LIMIT_PER_IP_PER_MINUTE=0");

        var summary = await LoadGeneratorTool.RunAsync(
            "--address", $"http://127.0.0.1:{server.GrpcPort}", "--batch", "250", "--count", "12", "--concurrency", "2",
            "--warmup", "0", "--distinct", "1000", "--seed", "11");

        var totals = summary.GetProperty("totals");
        Assert.Multiple(() =>
        {
            Assert.That(summary.GetProperty("call").GetString(), Is.EqualTo("jyotishika.v1.ChartService/ComputeCharts"));
            Assert.That(summary.GetProperty("settings").GetProperty("batch").GetInt32(), Is.EqualTo(250));
            Assert.That(totals.GetProperty("ok").GetInt64(), Is.EqualTo(12), summary.GetProperty("errors").ToString());
            Assert.That(
                summary.GetProperty("chartsPerSecond").GetDouble(),
                Is.EqualTo(summary.GetProperty("okPerSecond").GetDouble() * 250).Within(0.5).Percent);
        });
    }

    [Test]
    public async Task A_batch_for_rest_or_beyond_the_server_limit_is_refused_before_any_call()
    {
        var (exitCode, output) = await LoadGeneratorTool.RunForStatusAsync("--target", "rest", "--batch", "10", "--count", "1");
        var (tooLarge, tooLargeOutput) = await LoadGeneratorTool.RunForStatusAsync("--batch", "10001", "--count", "1");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1), output);
            Assert.That(output, Does.Contain("--batch applies to --target grpc only"));
            Assert.That(tooLarge, Is.EqualTo(1), tooLargeOutput);
            Assert.That(tooLargeOutput, Does.Contain("--batch must be 1 … 10000"));
        });
    }

    [Test]
    public async Task A_server_that_does_not_answer_the_first_call_with_a_chart_gets_no_load_and_exit_status_2()
    {
        await using var server = await RunningServer.StartAsync("environment=Development", "RATE_LIMIT_PER_IP_PER_MINUTE=0");

        // gRPC sent to the HTTP/1.1-only REST port.
        var (exitCode, output) = await LoadGeneratorTool.RunForStatusAsync(
            "--target", "grpc", "--address", $"http://127.0.0.1:{server.HttpPort}", "--count", "10", "--warmup", "0");

        Assert.That(exitCode, Is.EqualTo(2), output);
        Assert.That(output, Does.Contain("No load sent"));
    }

    private static string[] Arguments(RunningServer server, string target, bool http2) =>
    [
        "--target", target,
        "--address", $"http://127.0.0.1:{(target == "grpc" || http2 ? server.GrpcPort : server.HttpPort)}",
        .. http2 ? new[] { "--http2" } : [],
        "--count", Calls.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--concurrency", "4",
        "--warmup", "0",
        "--seed", "7",
    ];
}
