using Jyotishika.Server.Storage.Postgres;

namespace Jyotishika.Server.Platform.Health;

/// <summary>
/// Ready when the migrations are applied and PostgreSQL answers <c>SELECT 1</c>. Without DATABASE_URL there is nothing
/// to wait for: calculations need no database, so an unconfigured database never makes the server unready.
/// </summary>
public sealed class DatabaseHealthCheck(Database database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!database.IsConfigured)
        {
            return HealthCheckResult.Healthy("not configured (DATABASE_URL is not set)");
        }

        if (!database.SchemaReady)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL: the schema is not migrated yet (the server retries in the background)");
        }

        try
        {
            await database.PingAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy("PostgreSQL answers");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The registration's timeout: the health-check service reports it as a timeout.
            throw;
        }
#pragma warning disable CA1031 // A probe reports every failure as unhealthy; the text stays ours, never the exception's.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("PostgreSQL is not reachable", failure);
        }
    }
}
