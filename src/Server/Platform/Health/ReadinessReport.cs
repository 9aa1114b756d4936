namespace Jyotishika.Server.Platform.Health;

/// <summary>The body of <c>GET /readyz</c>: the verdict and every dependency checked, with its own status.</summary>
public sealed record ReadinessReport(string Status, IReadOnlyList<DependencyReport> Checks)
{
    public static ReadinessReport From(HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ReadinessReport(
            report.Status == HealthStatus.Unhealthy ? "unavailable" : "ready",
            [.. report.Entries.Select(entry => DependencyReport.From(entry.Key, entry.Value))]);
    }

    /// <summary>The writer for ASP.NET Core's health-check endpoint.</summary>
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Response.WriteAsJsonAsync(From(report));
    }
}

public sealed record DependencyReport(string Name, string Status, string? Description, double DurationMs)
{
    public static DependencyReport From(string name, HealthReportEntry entry) => new(
        name,
        entry.Status.ToString().ToLowerInvariant(),
        Describe(entry),
        Math.Round(entry.Duration.TotalMilliseconds, 1));

    /// <summary>
    /// Our checks describe failures in words of their own. A check that ran out of time or threw gets the framework's
    /// words or the exception's message, and exception text never goes into a response.
    /// </summary>
    private static string? Describe(HealthReportEntry entry) => entry.Exception switch
    {
        OperationCanceledException => "no answer in time",
        { } exception when entry.Description == exception.Message => "the check failed",
        _ => entry.Description,
    };
}
