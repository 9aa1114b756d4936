using System.Diagnostics;
using System.Globalization;
using Dapper;
using Jyotishika.Server.Configuration;
using Jyotishika.Server.Platform.Rest.Json;
using Jyotishika.Server.Storage;
using Jyotishika.Server.Storage.Postgres;
using Jyotishika.Server.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Jyotishika.Server.Tests.Storage;

/// <summary>The schema migrations against real, fresh PostgreSQL databases: applied once, atomically, and never silently edited.</summary>
[TestFixture]
public sealed class MigrationTests
{
    // MigrationRunner's pg_advisory_lock key; holding it lets a test make two runners truly overlap.
    private const long RunnerLockKey = 0x4A796F7469736869;

    private static readonly string[] Tables = ["users", "approved_users", "api_tokens"];

    [Test]
    public async Task Applying_to_an_empty_database_creates_the_tables_and_records_every_version()
    {
        await using var database = await FreshDatabaseAsync();

        var applied = await Runner(database).ApplyAsync(CancellationToken.None);

        await using var connection = await database.OpenAsync(CancellationToken.None);
        var tables = await connection.QueryAsync<string>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
        var recorded = await connection.QueryAsync<(int Version, string Name, string Checksum)>(
            "SELECT version, name, checksum FROM schema_migrations ORDER BY version");
        Assert.That(applied, Is.EqualTo(Migration.All.Count));
        Assert.That(tables, Is.SupersetOf(Tables));
        Assert.That(recorded, Is.EqualTo(Migration.All.Select(m => (m.Version, m.Name, m.Checksum))));
    }

    [Test]
    public async Task Applying_again_applies_nothing_and_changes_nothing()
    {
        await using var database = await FreshDatabaseAsync();
        await Runner(database).ApplyAsync(CancellationToken.None);
        var before = await SchemaSnapshotAsync(database);

        var applied = await Runner(database).ApplyAsync(CancellationToken.None);

        Assert.That(applied, Is.Zero);
        Assert.That(await SchemaSnapshotAsync(database), Is.EqualTo(before));
    }

    [Test]
    public async Task Two_runners_at_once_both_finish_and_each_migration_is_applied_once()
    {
        var url = await SharedServers.NewDatabaseAsync();
        await using var first = Open(url);
        await using var second = Open(url);
        await using var holder = await first.OpenAsync(CancellationToken.None);
        await holder.ExecuteAsync("SELECT pg_advisory_lock(@RunnerLockKey)", new { RunnerLockKey });

        // Both start while the lock is held, so both are inside ApplyAsync at the same time when it is released.
        var one = Runner(first).ApplyAsync(CancellationToken.None);
        var two = Runner(second).ApplyAsync(CancellationToken.None);
        await WaitForAdvisoryLockWaitersAsync(holder, 2);
        var finishedWhileLocked = one.IsCompleted || two.IsCompleted;
        await holder.ExecuteAsync("SELECT pg_advisory_unlock(@RunnerLockKey)", new { RunnerLockKey });
        var applied = await Task.WhenAll(one, two);

        var versions = await holder.QueryAsync<int>("SELECT version FROM schema_migrations ORDER BY version");
        Assert.That(finishedWhileLocked, Is.False, "a runner waits for the lock before touching the schema");
        Assert.That(applied.Order(), Is.EqualTo(new[] { 0, Migration.All.Count }), "one applied everything, the other found it done");
        Assert.That(versions, Is.EqualTo(Migration.All.Select(m => m.Version)));
    }

    [Test]
    public async Task Failing_migration_leaves_nothing_behind_and_earlier_ones_stay_applied()
    {
        await using var database = await FreshDatabaseAsync();
        var broken = new Migration(Migration.All.Count + 1, "broken", "CREATE TABLE half_done (id int); SELECT 1/0;");

        var failure = Assert.ThrowsAsync<PostgresException>(async () =>
            await Runner(database, [.. Migration.All, broken]).ApplyAsync(CancellationToken.None));

        await using var connection = await database.OpenAsync(CancellationToken.None);
        var halfDone = await connection.ExecuteScalarAsync<bool>("SELECT to_regclass('half_done') IS NOT NULL");
        var versions = await connection.QueryAsync<int>("SELECT version FROM schema_migrations ORDER BY version");
        Assert.That(failure!.SqlState, Is.EqualTo(PostgresErrorCodes.DivisionByZero));
        Assert.That(halfDone, Is.False, "the broken migration's first statement was rolled back");
        Assert.That(versions, Is.EqualTo(Migration.All.Select(m => m.Version)), "no row for the broken one, every earlier one kept");
        Assert.That(await Runner(database).ApplyAsync(CancellationToken.None), Is.Zero, "the next start finds the shipped ones applied");
    }

    [Test]
    public async Task Applied_migration_whose_SQL_changed_is_refused_by_name()
    {
        await using var database = await FreshDatabaseAsync();
        await Runner(database).ApplyAsync(CancellationToken.None);
        var original = Migration.All[0];
        var edited = original with { Sql = original.Sql + "\nCREATE INDEX users_name_idx ON users (name);\n" };

        var failure = Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await Runner(database, [edited, .. Migration.All.Skip(1)]).ApplyAsync(CancellationToken.None));

        await using var connection = await database.OpenAsync(CancellationToken.None);
        Assert.That(failure!.Message, Does.Contain("0001_users_and_api_tokens"));
        Assert.That(await connection.ExecuteScalarAsync<bool>("SELECT to_regclass('users_name_idx') IS NOT NULL"), Is.False);
    }

    [Test]
    public async Task Line_endings_alone_do_not_count_as_a_change()
    {
        await using var database = await FreshDatabaseAsync();
        await Runner(database).ApplyAsync(CancellationToken.None);

        // A Windows checkout turns LF into CRLF in the embedded .sql files.
        var crlf = Migration.All.Select(m => m with { Sql = m.Sql.ReplaceLineEndings("\r\n") }).ToList();

        Assert.That(await Runner(database, crlf).ApplyAsync(CancellationToken.None), Is.Zero);
    }

    [TestCase("users")]
    [TestCase("approved_users")]
    public async Task Upper_case_email_is_refused_by_the_table_itself(string table)
    {
        await using var database = await MigratedDatabaseAsync();
        await using var connection = await database.OpenAsync(CancellationToken.None);

        var refused = Assert.ThrowsAsync<PostgresException>(async () =>
            await connection.ExecuteAsync($"INSERT INTO {table} (email) VALUES ('Ada@Example.com')"));
        var accepted = await connection.ExecuteAsync($"INSERT INTO {table} (email) VALUES ('ada@example.com')");

        Assert.That(refused!.SqlState, Is.EqualTo(PostgresErrorCodes.CheckViolation));
        Assert.That(accepted, Is.EqualTo(1), "the same address in lower case is fine");
    }

    [Test]
    public async Task Token_of_a_user_who_does_not_exist_is_refused()
    {
        await using var database = await MigratedDatabaseAsync();
        await using var connection = await database.OpenAsync(CancellationToken.None);

        var refused = Assert.ThrowsAsync<PostgresException>(async () => await connection.ExecuteAsync(
            "INSERT INTO api_tokens (user_id, name, secret_hash, prefix) VALUES (gen_random_uuid(), 'orphan', sha256('x'), 'jyk_orphan')"));

        Assert.That(refused!.SqlState, Is.EqualTo(PostgresErrorCodes.ForeignKeyViolation));
    }

    [Test]
    public async Task Deleting_a_user_deletes_their_tokens()
    {
        await using var database = await MigratedDatabaseAsync();
        await using var connection = await database.OpenAsync(CancellationToken.None);
        var userId = await connection.ExecuteScalarAsync<Guid>("INSERT INTO users (email) VALUES ('ada@example.com') RETURNING id");
        await connection.ExecuteAsync(
            "INSERT INTO api_tokens (user_id, name, secret_hash, prefix) VALUES (@userId, 'laptop', sha256('x'), 'jyk_laptop')",
            new { userId });

        await connection.ExecuteAsync("DELETE FROM users WHERE id = @userId", new { userId });

        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM api_tokens"), Is.Zero);
    }

    [Test]
    public async Task Migrate_command_applies_the_schema_and_says_its_version()
    {
        var url = await SharedServers.NewDatabaseAsync();
        using var firstOutput = new StringWriter(CultureInfo.InvariantCulture);
        using var secondOutput = new StringWriter(CultureInfo.InvariantCulture);

        var first = await MigrateCommand.RunAsync(["--DATABASE_URL=" + url], firstOutput);
        var second = await MigrateCommand.RunAsync(["--DATABASE_URL=" + url], secondOutput);

        var version = $"version {Migration.All.Count}";
        Assert.That(first, Is.Zero);
        Assert.That(firstOutput.ToString(), Does.Contain($"Applied {Migration.All.Count} migration(s)").And.Contain(version));
        Assert.That(second, Is.Zero);
        Assert.That(secondOutput.ToString(), Does.Contain("Applied 0 migration(s)").And.Contain(version));
    }

    private static Database Open(string url) => new(NpgsqlDataSource.Create(DatabaseUrl.Parse(url).ConnectionString));

    private static async Task<Database> FreshDatabaseAsync() => Open(await SharedServers.NewDatabaseAsync());

    private static async Task<Database> MigratedDatabaseAsync()
    {
        var database = await FreshDatabaseAsync();
        await Runner(database).ApplyAsync(CancellationToken.None);
        return database;
    }

    private static MigrationRunner Runner(Database database, IReadOnlyList<Migration>? migrations = null) =>
        new(database, NullLogger<MigrationRunner>.Instance, migrations ?? Migration.All);

    /// <summary>Everything a migration could change: recorded versions, columns, constraints and indexes.</summary>
    private static async Task<string[]> SchemaSnapshotAsync(Database database)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        var rows = await connection.QueryAsync<string>(
            """
            SELECT format('migration %s %s %s %s', version, name, checksum, applied_at) FROM schema_migrations
            UNION ALL
            SELECT format('column %s.%s %s %s %s', table_name, column_name, data_type, is_nullable, column_default)
            FROM information_schema.columns WHERE table_schema = 'public'
            UNION ALL
            SELECT format('constraint %s %s', conname, pg_get_constraintdef(oid))
            FROM pg_constraint WHERE connamespace = 'public'::regnamespace
            UNION ALL
            SELECT format('index %s', indexdef) FROM pg_indexes WHERE schemaname = 'public'
            """);
        return [.. rows.Order(StringComparer.Ordinal)];
    }

    private static async Task WaitForAdvisoryLockWaitersAsync(NpgsqlConnection connection, int waiters)
    {
        const string waiting = """
            SELECT count(*) FROM pg_locks
            WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """;
        var elapsed = Stopwatch.StartNew();
        while (await connection.ExecuteScalarAsync<long>(waiting) < waiters)
        {
            Assert.That(elapsed.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)), $"{waiters} runners should be waiting for the lock");
            await Task.Delay(20);
        }
    }
}
