namespace Jyotishika.Server.Metrics;

/// <summary>Prometheus metrics: what is counted, and GET /metrics.</summary>
public static class MetricsSetup
{
    public static void Configure(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
    }

    /// <summary>After routing, so request metrics carry the route or RPC name.</summary>
    public static void UseAfterRouting(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
    }

    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
    }
}
