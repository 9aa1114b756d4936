using System.Diagnostics;
using Dapper;
using Jyotishika.Server.Configuration;
using Jyotishika.Server.Storage;
using Jyotishika.Server.Storage.Postgres;
using Jyotishika.Server.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Jyotishika.Server.Tests.Storage;

/// <summary>
/// The retention job against real PostgreSQL with the real schema (row-level security on). Rows are seeded as the
/// database's superuser, whom row-level security does not bind, and checked the same way; the job itself runs as the
/// server's non-superuser owner, exactly as in production.
/// </summary>
[TestFixture]
public sealed class RetentionTests
{
    private static readonly RetentionOptions Defaults = new();

    [Test]
    public async Task A_run_deletes_inactive_unapproved_users_with_all_they_own_and_purges_long_deleted_profiles()
    {
        await using var site = await Site.StartAsync();
        await using var db = site.OpenAsSuperuser();
        var gone = await SeedUserAsync(db, "gone@example.com", createdDaysAgo: 1000, loginDaysAgo: 800, tokenUsedDaysAgo: 800);
        var goneProfile = await SeedProfileAsync(db, gone, deletedDaysAgo: null);
        var deactivated = await SeedUserAsync(db, "deactivated@example.com", createdDaysAgo: 1000, loginDaysAgo: 800, approved: false);
        var neverSignedIn = await SeedUserAsync(db, "never@example.com", createdDaysAgo: 800, loginDaysAgo: null);
        var approved = await SeedUserAsync(db, "approved@example.com", createdDaysAgo: 1000, loginDaysAgo: 800, approved: true);
        var longDeleted = await SeedProfileAsync(db, approved, deletedDaysAgo: 40);
        var recentlyDeleted = await SeedProfileAsync(db, approved, deletedDaysAgo: 10);
        var live = await SeedProfileAsync(db, approved, deletedDaysAgo: null);
        var recent = await SeedUserAsync(db, "recent@example.com", createdDaysAgo: 1000, loginDaysAgo: 10);
        var newcomer = await SeedUserAsync(db, "newcomer@example.com", createdDaysAgo: 10, loginDaysAgo: null);
        var tokenUser = await SeedUserAsync(db, "program@example.com", createdDaysAgo: 1000, loginDaysAgo: 800, tokenUsedDaysAgo: 1);

        var result = await site.Retention(Defaults).RunOnceAsync(CancellationToken.None);

        Assert.That(result, Is.EqualTo(new RetentionResult(InactiveUsersDeleted: 3, DeletedProfilesPurged: 1)));
        Assert.That(await ExistingUsersAsync(db), Is.EquivalentTo(new[] { approved, recent, newcomer, tokenUser }));
        Assert.That(await RowsOfUserAsync(db, gone), Is.EqualTo(new OwnedRows(0, 0, 0, 0)), "tokens, profiles, charts, notes go too");
        Assert.That(await RowsOfProfileAsync(db, goneProfile), Is.EqualTo((0, 0, 0)));
        Assert.That(await RowsOfProfileAsync(db, longDeleted), Is.EqualTo((0, 0, 0)), "deleted 40 days ago: purged with chart and note");
        Assert.That(await RowsOfProfileAsync(db, recentlyDeleted), Is.EqualTo((1, 1, 1)), "deleted 10 days ago: still restorable");
        Assert.That(await RowsOfProfileAsync(db, live), Is.EqualTo((1, 1, 1)));
        Assert.That(await RowsOfUserAsync(db, tokenUser), Is.EqualTo(new OwnedRows(1, 0, 0, 0)));
        Assert.That(await ExistingUsersAsync(db), Does.Not.Contain(deactivated));
        Assert.That(await ExistingUsersAsync(db), Does.Not.Contain(neverSignedIn));
    }

    [Test]
    public async Task A_second_run_finds_nothing_more_to_remove()
    {
        await using var site = await Site.StartAsync();
        await using var db = site.OpenAsSuperuser();
        await SeedUserAsync(db, "gone@example.com", createdDaysAgo: 1000, loginDaysAgo: 800);
        var retention = site.Retention(Defaults);
        await retention.RunOnceAsync(CancellationToken.None);

        var again = await retention.RunOnceAsync(CancellationToken.None);

        Assert.That(again, Is.EqualTo(new RetentionResult(0, 0)));
    }

    [Test]
    public async Task Zero_days_turn_each_half_off()
    {
        await using var site = await Site.StartAsync();
        await using var db = site.OpenAsSuperuser();
        var inactive = await SeedUserAsync(db, "inactive@example.com", createdDaysAgo: 1000, loginDaysAgo: 800);
        var owner = await SeedUserAsync(db, "owner@example.com", createdDaysAgo: 100, loginDaysAgo: 1);
        var deleted = await SeedProfileAsync(db, owner, deletedDaysAgo: 400);

        var keepUsers = await site.Retention(Options("RETENTION_INACTIVE_DAYS=0")).RunOnceAsync(CancellationToken.None);
        var profileAfterFirst = await RowsOfProfileAsync(db, deleted);
        var keepProfiles = await site.Retention(Options("RETENTION_DELETED_PROFILE_DAYS=0")).RunOnceAsync(CancellationToken.None);

        Assert.That(keepUsers, Is.EqualTo(new RetentionResult(0, 1)));
        Assert.That(profileAfterFirst, Is.EqualTo((0, 0, 0)));
        Assert.That(keepProfiles, Is.EqualTo(new RetentionResult(1, 0)));
        Assert.That(await ExistingUsersAsync(db), Does.Not.Contain(inactive));
        Assert.That(Options("RETENTION_INACTIVE_DAYS=0", "RETENTION_DELETED_PROFILE_DAYS=0").Enabled, Is.False);
    }

    [Test]
    public async Task The_cut_off_follows_the_time_provider_not_the_machine_clock()
    {
        await using var site = await Site.StartAsync();
        await using var db = site.OpenAsSuperuser();
        var recent = await SeedUserAsync(db, "recent@example.com", createdDaysAgo: 20, loginDaysAgo: 10);

        var today = await site.Retention(Defaults).RunOnceAsync(CancellationToken.None);
        var inTwoYears = await site.Retention(Defaults, new ShiftedClock(TimeSpan.FromDays(731))).RunOnceAsync(CancellationToken.None);

        Assert.That(today.InactiveUsersDeleted, Is.Zero);
        Assert.That(inTwoYears.InactiveUsersDeleted, Is.EqualTo(1));
        Assert.That(await ExistingUsersAsync(db), Does.Not.Contain(recent));
    }

    [Test]
    public async Task The_server_runs_the_job_at_start_up_and_offers_it_for_a_run_on_demand()
    {
        var (url, superuserUrl) = await SharedServers.NewDatabaseWithSuperuserAsync();
        Guid inactive;
        await using (var migrating = await Site.StartAsync(url, superuserUrl))
        {
            await using var db = migrating.OpenAsSuperuser();
            inactive = await SeedUserAsync(db, "inactive@example.com", createdDaysAgo: 1000, loginDaysAgo: 800);
        }

        await using var site = await Site.StartAsync(url, superuserUrl, retentionOn: true);
        await using var check = site.OpenAsSuperuser();
        var waited = Stopwatch.StartNew();
        while ((await ExistingUsersAsync(check)).Contains(inactive))
        {
            Assert.That(waited.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)), "the start-up run never removed the inactive user");
            await Task.Delay(50);
        }

        var onDemand = await site.Server.Services.GetRequiredService<RetentionService>().RunOnceAsync(CancellationToken.None);
        Assert.That(onDemand, Is.EqualTo(new RetentionResult(0, 0)));
    }

    [Test]
    public async Task Without_a_reachable_PostgreSQL_the_job_skips_and_the_server_serves()
    {
        // Connections are refused, as when PostgreSQL is down.
        using var down = new ClosedPort();
        await using var server = await RunningServer.StartAsync(
            "environment=Development", $"DATABASE_URL=postgresql://nobody:secret@127.0.0.1:{down.Port}/none");
        var retention = server.Services.GetRequiredService<RetentionService>();

        Assert.ThrowsAsync<StoreUnavailableException>(async () => await retention.RunOnceAsync(CancellationToken.None));
        await Task.Delay(200);
        using var health = await server.Rest.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.That((int)health.StatusCode, Is.EqualTo(200), "a skipped run does not stop the server");
    }

    [TestCase("RETENTION_INTERVAL_HOURS=0")]
    [TestCase("RETENTION_INACTIVE_DAYS=-1")]
    [TestCase("RETENTION_DELETED_PROFILE_DAYS=soon")]
    public void A_bad_setting_stops_the_server_naming_it(string setting)
    {
        var failure = Assert.Throws<ConfigurationException>(() =>
            JyotishikaServer.Build(["--PORT=0", "--GRPC_PORT=0", "--environment=Development", "--" + setting]));

        Assert.That(failure!.Message, Does.Contain(setting.Split('=')[0]));
    }

    private static RetentionOptions Options(params string[] settings) =>
        RetentionOptions.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => s.Split('=', 2)).Select(kv => KeyValuePair.Create(kv[0], (string?)kv[1])))
            .Build());

    private static async Task<Guid> SeedUserAsync(
        NpgsqlConnection db, string email, int createdDaysAgo, int? loginDaysAgo, bool? approved = null, int? tokenUsedDaysAgo = null)
    {
        var id = await db.ExecuteScalarAsync<Guid>(
            """
            INSERT INTO users (email, created_at, last_login_at)
            VALUES (@email, now() - make_interval(days => @createdDaysAgo), now() - make_interval(days => @loginDaysAgo))
            RETURNING id
            """,
            new { email, createdDaysAgo, loginDaysAgo });
        if (approved is { } active)
        {
            await db.ExecuteAsync("INSERT INTO approved_users (email, is_active) VALUES (@email, @active)", new { email, active });
        }

        if (tokenUsedDaysAgo is not null)
        {
            await db.ExecuteAsync(
                """
                INSERT INTO api_tokens (user_id, name, secret_hash, prefix, created_at, last_used_at)
                VALUES (@id, 'cli', sha256(@id::text::bytea), 'jyo_test', now() - interval '1000 days',
                        now() - make_interval(days => @tokenUsedDaysAgo))
                """,
                new { id, tokenUsedDaysAgo });
        }

        return id;
    }

    /// <summary>A profile with its chart and one note; deleted (soft) that many days ago, or live.</summary>
    private static async Task<Guid> SeedProfileAsync(NpgsqlConnection db, Guid userId, int? deletedDaysAgo)
    {
        var id = await db.ExecuteScalarAsync<Guid>(
            """
            INSERT INTO profiles (user_id, name, birth, is_active, deleted_at)
            VALUES (@userId, 'Arjuna', '{"datetime":"1991-03-25T09:46:00","latitude":18.5204,"longitude":73.8567}',
                    @deletedDaysAgo IS NULL, now() - make_interval(days => @deletedDaysAgo))
            RETURNING id
            """,
            new { userId, deletedDaysAgo });
        await db.ExecuteAsync(
            """
            INSERT INTO charts (profile_id, user_id, result, engine_version, profile_version) VALUES (@id, @userId, '{}', 'test', 1);
            INSERT INTO notes (profile_id, user_id, title) VALUES (@id, @userId, 'Moon in Rohini');
            """,
            new { id, userId });
        return id;
    }

    private static async Task<List<Guid>> ExistingUsersAsync(NpgsqlConnection db) =>
        (await db.QueryAsync<Guid>("SELECT id FROM users")).ToList();

    private static Task<OwnedRows> RowsOfUserAsync(NpgsqlConnection db, Guid userId) =>
        db.QuerySingleAsync<OwnedRows>(
            """
            SELECT (SELECT count(*) FROM api_tokens WHERE user_id = @userId)::int AS Tokens,
                   (SELECT count(*) FROM profiles WHERE user_id = @userId)::int AS Profiles,
                   (SELECT count(*) FROM charts WHERE user_id = @userId)::int AS Charts,
                   (SELECT count(*) FROM notes WHERE user_id = @userId)::int AS Notes
            """,
            new { userId });

    private static Task<(int Profiles, int Charts, int Notes)> RowsOfProfileAsync(NpgsqlConnection db, Guid profileId) =>
        db.QuerySingleAsync<(int, int, int)>(
            """
            SELECT (SELECT count(*) FROM profiles WHERE id = @profileId)::int,
                   (SELECT count(*) FROM charts WHERE profile_id = @profileId)::int,
                   (SELECT count(*) FROM notes WHERE profile_id = @profileId)::int
            """,
            new { profileId });

    private sealed record OwnedRows(int Tokens, int Profiles, int Charts, int Notes);

    /// <summary>The system clock moved forward: "now" as the job will see it that much later.</summary>
    private sealed class ShiftedClock(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
    }

    /// <summary>
    /// A server on a fresh database (migrated at its start-up) plus the superuser's door to the same database. The
    /// server's own job is off unless asked for, so a test's runs are the only ones and their counts are exact.
    /// </summary>
    private sealed class Site : IAsyncDisposable
    {
        private readonly string superuserUrl;

        private Site(RunningServer server, string superuserUrl)
        {
            Server = server;
            this.superuserUrl = superuserUrl;
        }

        public RunningServer Server { get; }

        public static async Task<Site> StartAsync()
        {
            var (url, superuserUrl) = await SharedServers.NewDatabaseWithSuperuserAsync();
            return await StartAsync(url, superuserUrl);
        }

        public static async Task<Site> StartAsync(string url, string superuserUrl, bool retentionOn = false)
        {
            string[] off = ["RETENTION_INACTIVE_DAYS=0", "RETENTION_DELETED_PROFILE_DAYS=0"];
            var server = await RunningServer.StartAsync(["environment=Development", $"DATABASE_URL={url}", .. retentionOn ? [] : off]);
            return new Site(server, superuserUrl);
        }

        /// <summary>A job of the test's own on the server's database, with these settings and clock.</summary>
        public RetentionService Retention(RetentionOptions options, TimeProvider? clock = null) => new(
            Server.Services.GetRequiredService<Database>(), options, clock ?? TimeProvider.System, NullLogger<RetentionService>.Instance);

        public NpgsqlConnection OpenAsSuperuser()
        {
            var builder = DatabaseUrl.Parse(superuserUrl);
            builder.Pooling = false;
            var connection = new NpgsqlConnection(builder.ConnectionString);
            connection.Open();
            return connection;
        }

        public ValueTask DisposeAsync() => Server.DisposeAsync();
    }
}
