using System.Diagnostics;
using System.Net;
using System.Runtime.Versioning;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using Jyotishika.Server.Configuration;
using Jyotishika.Server.Features.Accounts;
using Jyotishika.Server.Storage;
using Jyotishika.Server.Tests.Auth;
using Jyotishika.Server.Tests.Infrastructure;
using Npgsql;

namespace Jyotishika.Server.Tests.Durability;

/// <summary>
/// scripts/backup.sh and scripts/restore.sh on data made through the API, run as an operator runs them (bash, the
/// server's own non-superuser DATABASE_URL): the restored database holds every row of every table with its row-level
/// security, a server on it serves the same profiles to the same API token, and a database in use is never restored over
/// by mistake.
/// </summary>
[TestFixture]
[SupportedOSPlatform("linux")]
public sealed class BackupRestoreTests
{
    private const string Email = "backup.owner@example.com";
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The checkout the tests were built from: the nearest folder above the test binaries with scripts/backup.sh.</summary>
    private static readonly Lazy<string> RepositoryRoot = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "scripts", "backup.sh")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No scripts/backup.sh above {AppContext.BaseDirectory}.");
    });

    // Unicode names and places, another house system and ayanamsha, vargas, and local mean time: whatever the birth holds
    // must come back byte for byte.
    private static readonly string[] ProfileBodies =
    [
        """
        {"name": "Asha", "placeName": "Pune, India",
         "birth": {"datetime": "1991-03-25T09:46:00", "tz": "Asia/Kolkata", "latitude": 18.5204, "longitude": 73.8567}}
        """,
        """
        {"name": "Ānanda — राम", "placeName": "Vārāṇasī",
         "birth": {"datetime": "1984-11-02T23:15:00", "tz": "Asia/Kolkata", "latitude": 25.3176, "longitude": 82.9739,
                   "houseSystem": "PLACIDUS", "ayanamsha": "RAMAN", "nodeType": "TRUE", "vargas": [9, 10]}}
        """,
        """
        {"name": "Great-grandfather", "placeName": "Madras",
         "birth": {"datetime": "1850-06-01T12:00:00", "latitude": 13.0827, "longitude": 80.2707, "timeStandard": "LOCAL_MEAN_TIME"}}
        """,
    ];

    private LocalPostgres postgres = null!;
    private string sourceUrl = null!;
    private string workDirectory = null!;
    private string archive = null!;
    private string tokenSecret = null!;
    private IReadOnlyDictionary<string, IReadOnlyList<string>> sourceRows = null!;

    /// <summary>What the original server answered for each live profile: the profile, its saved chart, its notes.</summary>
    private readonly List<(string Id, string Profile, string Chart, string Notes)> served = [];

    [OneTimeSetUp]
    public async Task CreateDataAndBackUpAsync()
    {
        postgres = await SharedServers.PostgresAsync();
        sourceUrl = await postgres.CreateDatabaseAsync("durability_backup_source");
        workDirectory = Directory.CreateTempSubdirectory("jyotishika-backup-").FullName;
        var site = await SignInSite.StartAsync(environment: "Development", databaseUrl: sourceUrl, settings: [$"DEV_LOGIN_EMAIL={Email}"]);
        await using (site)
        {
            await CreateDataAsync(site);

            // While the server runs, as a nightly backup would: pg_dump reads one consistent snapshot.
            archive = Path.Combine(workDirectory, "source.dump");
            var backup = await RunScriptAsync("backup.sh", sourceUrl, archive);
            Assert.That(backup.ExitCode, Is.Zero, backup.Errors);
            Assert.That(backup.Output, Is.EqualTo(archive), "the path, and only the path, on stdout");
        }

        sourceRows = await RowsAsync("durability_backup_source");
    }

    [OneTimeTearDown]
    public void RemoveFiles() => Directory.Delete(workDirectory, recursive: true);

    [Test]
    public async Task Restored_database_holds_every_row_of_every_table()
    {
        await RestoreIntoNewDatabaseAsync("durability_backup_rows");

        var restored = await RowsAsync("durability_backup_rows");

        string[] tables = ["users", "approved_users", "api_tokens", "profiles", "charts", "notes", "schema_migrations"];
        Assert.That(sourceRows.Keys, Is.SupersetOf(tables));
        Assert.That(tables.Where(table => sourceRows[table].Count == 0), Is.Empty, "every table has rows to compare");
        Assert.That(sourceRows["profiles"], Has.Count.EqualTo(ProfileBodies.Length + 1), "the live profiles and the deleted one");
        Assert.That(restored.Keys, Is.EqualTo(sourceRows.Keys));
        Assert.Multiple(() =>
        {
            foreach (var (table, rows) in sourceRows)
            {
                Assert.That(restored[table], Is.EqualTo(rows), table);
            }
        });
    }

    [Test]
    public async Task Restored_tables_keep_row_level_security_and_belong_to_the_new_owner()
    {
        await RestoreIntoNewDatabaseAsync("durability_backup_schema");

        var source = await SchemaAsync("durability_backup_source");
        var restored = await SchemaAsync("durability_backup_schema");
        var owners = await TableOwnersAsync("durability_backup_schema");

        Assert.That(source, Has.Some.Contains("profiles_owner"), "the source has the row-level security policies");
        Assert.That(restored, Is.EqualTo(source), "tables, row-level security, policies, functions and indexes");
        Assert.That(owners, Is.EqualTo(new[] { "durability_backup_schema_owner" }), "owned by the role that restored it: FORCE binds it");
    }

    [Test]
    public async Task Server_on_the_restored_database_serves_the_same_profiles_charts_and_notes_to_the_same_token()
    {
        var restoredUrl = await RestoreIntoNewDatabaseAsync("durability_backup_served");

        await using var site = await SignInSite.StartAsync(environment: "Development", databaseUrl: restoredUrl);
        foreach (var (id, profile, chart, notes) in served)
        {
            Assert.That(await GetAsync(site.Server, $"/v1/profiles/{id}"), Is.EqualTo(profile));
            Assert.That(await GetAsync(site.Server, $"/v1/profiles/{id}/chart"), Is.EqualTo(chart), "the saved chart, not recomputed");
            Assert.That(await GetAsync(site.Server, $"/v1/profiles/{id}/notes"), Is.EqualTo(notes));
        }

        var listed = JsonNode.Parse(await GetAsync(site.Server, "/v1/profiles"))!["profiles"]!.AsArray().Select(profile => IdOf(profile!));
        Assert.That(listed, Is.EquivalentTo(served.Select(s => s.Id)), "the deleted profile stays deleted");
    }

    [Test]
    public async Task Backup_into_a_folder_is_private_named_by_database_and_time_and_never_shows_the_password()
    {
        var folder = Path.Combine(workDirectory, "nightly", "backups");

        var backup = await RunScriptAsync("backup.sh", sourceUrl, folder + "/");

        Assert.That(backup.ExitCode, Is.Zero, backup.Errors);
        Assert.That(Path.GetDirectoryName(backup.Output), Is.EqualTo(folder));
        Assert.That(Path.GetFileName(backup.Output), Does.Match(@"^jyotishika-durability_backup_source-\d{8}T\d{6}Z\.dump$"));
        Assert.That(File.GetUnixFileMode(backup.Output), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        Assert.That(File.GetUnixFileMode(folder), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
        Assert.That(File.GetUnixFileMode(Path.GetDirectoryName(folder)!), Is.EqualTo(File.GetUnixFileMode(folder)), "every folder it made");
        Assert.That(backup.Output + backup.Errors, Does.Not.Contain(postgres.Password));
        Assert.That(Directory.GetFiles(folder), Is.EqualTo(new[] { backup.Output }), "no partial file left behind");
    }

    [Test]
    public async Task Backup_without_a_reachable_database_fails_clearly_and_writes_nothing()
    {
        var file = Path.Combine(workDirectory, "never.dump");
        using var down = new ClosedPort();
        var unreachable = $"postgresql://nobody:{postgres.Password}@127.0.0.1:{down.Port}/jyotishika";

        var unset = await RunScriptAsync("backup.sh", databaseUrl: null, file);
        var refused = await RunScriptAsync("backup.sh", unreachable, file);

        Assert.That(unset.ExitCode, Is.Not.Zero);
        Assert.That(unset.Errors, Does.Contain("DATABASE_URL is not set"));
        Assert.That(refused.ExitCode, Is.Not.Zero);
        Assert.That(refused.Errors, Does.Contain("no backup was written"));
        Assert.That(refused.Output + refused.Errors, Does.Not.Contain(postgres.Password));
        Assert.That(Directory.GetFiles(workDirectory, "never.dump*"), Is.Empty);
    }

    [Test]
    public async Task Restore_refuses_a_database_that_already_holds_jyotishika_data()
    {
        var refused = await RunScriptAsync("restore.sh", sourceUrl, archive);

        Assert.That(refused.ExitCode, Is.Not.Zero);
        Assert.That(refused.Errors, Does.Contain("schema_migrations").And.Contain("--force"));
        Assert.That(refused.Output + refused.Errors, Does.Not.Contain(postgres.Password));
        Assert.That(await RowsAsync("durability_backup_source"), Is.EqualTo(sourceRows), "the live database is untouched");
    }

    [Test]
    public async Task Forced_restore_replaces_what_the_target_holds()
    {
        var targetUrl = await RestoreIntoNewDatabaseAsync("durability_backup_forced");
        await using (var connection = await OpenAsSuperuserAsync("durability_backup_forced"))
        {
            await connection.ExecuteAsync("INSERT INTO approved_users (email) VALUES ('stray@example.com')");
            await connection.ExecuteAsync("DELETE FROM notes");
        }

        var forced = await RunScriptAsync("restore.sh", targetUrl, "--force", archive);

        Assert.That(forced.ExitCode, Is.Zero, forced.Errors);
        Assert.That(await RowsAsync("durability_backup_forced"), Is.EqualTo(sourceRows));
    }

    /// <summary>One person signs in (development sign-in), makes an API token, then profiles, notes and charts with it.</summary>
    private async Task CreateDataAsync(SignInSite site)
    {
        using var browser = new TestBrowser();
        using (var signedIn = await browser.GetAsync(new Uri(site.Server.BaseUrl, SignInEndpoints.DevLoginPath)))
        {
            Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        }

        using (var created = await site.SendAsync(browser, HttpMethod.Post, "/v1/tokens", """{"name":"backup check"}"""))
        {
            var body = await created.Content.ReadAsStringAsync();
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
            tokenSecret = JsonNode.Parse(body)!["secret"]!.GetValue<string>();
        }

        foreach (var (body, index) in ProfileBodies.Select((body, index) => (body, index)))
        {
            var id = IdOf(await SendAsync(site.Server, HttpMethod.Post, "/v1/profiles", body));
            for (var note = 0; note <= index; note++)
            {
                var reading = $$"""{"title": "Reading {{note + 1}}", "body": "Saturn in the {{note + 7}}th — line one\nline two"}""";
                await SendAsync(site.Server, HttpMethod.Post, $"/v1/profiles/{id}/notes", reading);
            }

            // The first read computes and saves the chart; the second answers from storage, as any later read does (an
            // answer straight from the computation may carry its time more precisely than PostgreSQL keeps it).
            await GetAsync(site.Server, $"/v1/profiles/{id}/chart");
            served.Add((
                id,
                await GetAsync(site.Server, $"/v1/profiles/{id}"),
                await GetAsync(site.Server, $"/v1/profiles/{id}/chart"),
                await GetAsync(site.Server, $"/v1/profiles/{id}/notes")));
        }

        // A deleted profile is kept until the retention period ends, so the backup carries it.
        var deleted = IdOf(await SendAsync(site.Server, HttpMethod.Post, "/v1/profiles", ProfileBodies[0]));
        await SendAsync(site.Server, HttpMethod.Delete, $"/v1/profiles/{deleted}");
    }

    private async Task<string> RestoreIntoNewDatabaseAsync(string name)
    {
        var url = await postgres.CreateDatabaseAsync(name);
        var restore = await RunScriptAsync("restore.sh", url, archive);
        Assert.That(restore.ExitCode, Is.Zero, restore.Errors);
        Assert.That(restore.Output + restore.Errors, Does.Not.Contain(postgres.Password));
        return url;
    }

    // Read as plain JSON: REST writes enums without their type prefix ("WHOLE_SIGN"), which the protobuf parser refuses.
    private static string IdOf(string profileJson) => IdOf(JsonNode.Parse(profileJson)!);

    private static string IdOf(JsonNode profile) => profile["id"]!.GetValue<string>();

    private Task<string> GetAsync(RunningServer server, string path) => SendAsync(server, HttpMethod.Get, path);

    /// <summary>A REST call with the API token, as a program makes it; returns the body of a 200 answer.</summary>
    private async Task<string> SendAsync(RunningServer server, HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Add("Authorization", "Bearer " + tokenSecret);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await server.Rest.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{method} {path}: {body}");
        return body;
    }

    /// <summary>
    /// Every row of every table in <c>public</c>, as JSON text, read as the superuser (past row-level security). Rows are
    /// ordered by their own text: deterministic for every table, including ones added later, without knowing its key.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> RowsAsync(string database)
    {
        await using var connection = await OpenAsSuperuserAsync(database);
        var rows = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var table in await connection.QueryAsync<string>("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
        {
            rows[table] = (await connection.QueryAsync<string>(
                $"""SELECT row_to_json(t)::text COLLATE "C" AS r FROM public."{table}" t ORDER BY r""")).ToList();
        }

        return rows;
    }

    /// <summary>The parts of the schema a restore could lose quietly: row-level security above all.</summary>
    private async Task<IReadOnlyList<string>> SchemaAsync(string database)
    {
        await using var connection = await OpenAsSuperuserAsync(database);
        return (await connection.QueryAsync<string>(
            """
            SELECT format('table %s rls=%s force=%s', relname, relrowsecurity, relforcerowsecurity) FROM pg_class
            WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'
            UNION ALL
            SELECT format('policy %s on %s: %s using (%s) check (%s)', policyname, tablename, cmd, qual, with_check) FROM pg_policies
            UNION ALL
            SELECT format('function %s', pg_get_functiondef(p.oid)) FROM pg_proc p WHERE pronamespace = 'public'::regnamespace
            UNION ALL
            SELECT format('index %s', indexdef) FROM pg_indexes WHERE schemaname = 'public'
            ORDER BY 1
            """)).ToList();
    }

    private async Task<IReadOnlyList<string>> TableOwnersAsync(string database)
    {
        await using var connection = await OpenAsSuperuserAsync(database);
        return (await connection.QueryAsync<string>(
            "SELECT DISTINCT relowner::regrole::text FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'"))
            .ToList();
    }

    private async Task<NpgsqlConnection> OpenAsSuperuserAsync(string database)
    {
        var builder = global::Jyotishika.Server.Storage.DatabaseUrl.Parse(postgres.SuperuserUrl(database));
        builder.Pooling = false;
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private sealed record ScriptRun(int ExitCode, string Output, string Errors);

    /// <summary>Runs scripts/<paramref name="script"/> with bash, DATABASE_URL in its environment (unset when null).</summary>
    private async Task<ScriptRun> RunScriptAsync(string script, string? databaseUrl, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("bash")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workDirectory,
        };
        startInfo.ArgumentList.Add(Path.Combine(RepositoryRoot.Value, "scripts", script));
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment.Remove("PGPASSWORD");
        startInfo.Environment.Remove("DATABASE_URL");
        if (databaseUrl is not null)
        {
            startInfo.Environment["DATABASE_URL"] = databaseUrl;
        }

        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ScriptTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} did not finish within {ScriptTimeout.TotalSeconds} s: {await errors}");
        }

        return new ScriptRun(process.ExitCode, (await output).TrimEnd('\n'), await errors);
    }
}
