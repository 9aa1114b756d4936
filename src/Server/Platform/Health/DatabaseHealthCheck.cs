namespace Jyotishika.Server.Platform.Health;

/// <summary>
/// Ready when the migrations are applied and PostgreSQL answers <c>SELECT 1</c>. Without DATABASE_URL there is nothing
/// to wait for: calculations need no database, so an unconfigured database never makes the server unready.
/// </summary>
public sealed class DatabaseHealthCheck(Database database) : StoreHealthCheck("PostgreSQL", "DATABASE_URL", "PostgreSQL answers")
{
    protected override bool IsConfigured => database.IsConfigured;

    protected override string? NotReadyReason =>
        database.SchemaReady ? null : "the schema is not migrated yet (the server retries in the background)";

    protected override Task PingAsync(CancellationToken cancellationToken) => database.PingAsync(cancellationToken);
}
