using Microsoft.Extensions.Logging.Abstractions;

namespace Jyotishika.Server.Storage.Postgres;

/// <summary>
/// <c>Jyotishika.Server migrate</c>: applies pending migrations to DATABASE_URL and exits, for operators who migrate
/// before rolling out rather than at start-up (start-up applies them too; both are idempotent).
/// </summary>
public static class MigrateCommand
{
    public const string Name = "migrate";

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build();
        var storage = StorageOptions.FromConfiguration(configuration);
        if (storage.Database is null)
        {
            throw new ConfigurationException("migrate needs DATABASE_URL.");
        }

        var database = new Database(new Npgsql.NpgsqlDataSourceBuilder(storage.Database.ConnectionString).Build());
        await using (database.ConfigureAwait(false))
        {
            var runner = new MigrationRunner(database, NullLogger<MigrationRunner>.Instance);
            var applied = await runner.ApplyAsync(CancellationToken.None).ConfigureAwait(false);
            await output.WriteLineAsync(
                $"Applied {applied} migration(s); the schema is at version {Migration.All.Count}.").ConfigureAwait(false);
            return 0;
        }
    }
}
