using System.Globalization;
using System.Text;

namespace Jyotishika.LoadGenerator;

/// <summary>The short human report of a run (the JSON summary has everything).</summary>
public static class ConsoleReport
{
    public static string Format(LoadSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var culture = CultureInfo.InvariantCulture;
        var settings = summary.Settings;
        var totals = summary.Totals;
        var latency = summary.LatencyMs;
        var report = new StringBuilder();
        report.Append(culture, $"{summary.Call} at {summary.Address}: {settings.Concurrency} in flight, ")
            .Append(culture, $"{settings.Connections} connection(s), HTTP/{settings.HttpVersion}, {summary.Machine.ProcessorCount} cores")
            .AppendLine(summary.Interrupted ? " (INTERRUPTED)" : string.Empty);
        report.Append(culture, $"calls    {totals.Calls} in {summary.ElapsedSeconds:0.00} s = {summary.RequestsPerSecond:0.0}/s; ")
            .AppendLine(culture, $"OK {totals.Ok} ({summary.OkPerSecond:0.0}/s), errors {totals.Errors}");
        if (settings.Batch > 1)
        {
            report.AppendLine(culture, $"charts   {settings.Batch} per call = {summary.ChartsPerSecond:0}/s");
        }

        report.Append(culture, $"         not measured: {totals.WarmupCalls} in the warm-up, ")
            .AppendLine(culture, $"{totals.LateCalls} answered after the end");
        report.Append(culture, $"latency  p50 {latency.P50:0.000} ms  p90 {latency.P90:0.000}  p99 {latency.P99:0.000}  ")
            .Append(culture, $"p99.9 {latency.P999:0.000}  max {latency.Max:0.000}  mean {latency.Mean:0.000}");
        var generator = summary.Generator;
        report.AppendLine().Append(culture, $"this tool {generator.CpuSeconds:0.00} s CPU = {generator.Cores:0.00} cores; per call ")
            .Append(culture, $"{generator.CpuMicrosecondsPerCall:0.0} µs CPU, {generator.AllocatedBytesPerCall} B allocated");
        if (summary.Server is { } server)
        {
            report.AppendLine().Append(culture, $"server   {server.CpuSeconds:0.00} s CPU = {server.Cores:0.00} cores; per call ")
                .Append(culture, $"{server.CpuMicrosecondsPerCall:0.0} µs CPU");
        }

        if (summary.Errors.Count > 0)
        {
            report.AppendLine().Append("errors   ").AppendJoin(", ", summary.Errors.Select(error => $"{error.Key} × {error.Value}"));
        }

        return report.ToString();
    }
}
