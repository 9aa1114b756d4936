using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Npgsql;

namespace Jyotishika.Server.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL server (the Debian package's binaries) in a throwaway cluster on a loopback port of its own, started in
/// one to three seconds (initdb is most of it), so tests run against the database users run and can take it down and
/// bring it back.
/// </summary>
public sealed partial class LocalPostgres : IAsyncDisposable
{
    private const string BinariesRoot = "/usr/lib/postgresql";
    private const string Superuser = "jyotishika";

    // initdb and postgres refuse to run as root; the Debian package creates this account for them.
    private const string ServiceAccount = "postgres";

    // Logged once the listening socket is bound; a connection accepted before it could be another program's PostgreSQL.
    private const string ReadyLine = "database system is ready to accept connections";
    private const string PortTakenLine = "Address already in use";

    private static readonly TimeSpan InitTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    private readonly string binaries;
    private readonly string directory;
    private ChildProcess? server;

    private LocalPostgres(string binaries, string directory, string password)
    {
        this.binaries = binaries;
        this.directory = directory;
        Password = password;
    }

    public int Port { get; private set; }

    /// <summary>The superuser's password: hex, so it needs no escaping in a URL or a connection string.</summary>
    public string Password { get; }

    /// <summary>
    /// The superuser on the <c>postgres</c> database. Unpooled, because pooled connections outlive a stop and fail on
    /// first use after the server comes back.
    /// </summary>
    public string AdminConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Database = "postgres",
        Username = Superuser,
        Password = Password,
        Pooling = false,
        Timeout = 5,
    }.ConnectionString;

    private string DataDirectory => Path.Combine(directory, "data");

    private static bool RunsAsRoot => Environment.IsPrivilegedProcess;

    public static Task<LocalPostgres> StartAsync() => StartAsync(PortRetry.Candidates());

    /// <summary>Starts on the first of <paramref name="ports"/> that is free (<see cref="PortRetry"/>).</summary>
    internal static async Task<LocalPostgres> StartAsync(IEnumerable<int> ports)
    {
        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var postgres = new LocalPostgres(FindBinaries(), CreateDirectory(), password);
        try
        {
            await postgres.InitializeClusterAsync().ConfigureAwait(false);
            return await PortRetry.StartAsync(
                async port =>
                {
                    postgres.Port = port;
                    await postgres.StartAgainAsync().ConfigureAwait(false);
                    return postgres;
                },
                ports).ConfigureAwait(false);
        }
        catch
        {
            await postgres.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Creates an empty database owned by a login role of its own (<c>name</c>_owner, not a superuser) and returns its
    /// URL, password included. The server connects as that owner, as it should in production: a superuser would bypass
    /// row-level security.
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        // Plain lower-case names need no quoting in SQL nor escaping in the URL, and are what the server's own databases use.
        if (!DatabaseName().IsMatch(name) || name.Length > 56)
        {
            throw new ArgumentException(
                $"Database name '{name}' is not a plain lower-case identifier of at most 56 characters.", nameof(name));
        }

        var owner = name + "_owner";
        var connection = new NpgsqlConnection(AdminConnectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            foreach (var sql in new[]
            {
                $"CREATE ROLE {owner} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '{Password}'",
                $"CREATE DATABASE {name} OWNER {owner}",
            })
            {
                var command = new NpgsqlCommand(sql, connection);
                await using (command.ConfigureAwait(false))
                {
                    await command.ExecuteNonQueryAsync().ConfigureAwait(false);
                }
            }
        }

        return $"postgresql://{owner}:{Uri.EscapeDataString(Password)}@127.0.0.1:{Port}/{name}";
    }

    /// <summary>The superuser's URL for a database: for tests that must see past row-level security.</summary>
    public string SuperuserUrl(string name) => $"postgresql://{Superuser}:{Uri.EscapeDataString(Password)}@127.0.0.1:{Port}/{name}";

    /// <summary>
    /// Starts a stopped server again on the same port and cluster, with all its data. Throws
    /// <see cref="PortTakenException"/> if another program took the port meanwhile.
    /// </summary>
    public async Task StartAgainAsync()
    {
        if (server is not null)
        {
            throw new InvalidOperationException($"PostgreSQL on port {Port} is already running.");
        }

        // fsync=off: a throwaway cluster need not survive a power cut, and syncing makes every test slower.
        var (program, arguments) = AsServiceAccount(
            "postgres",
            [
                "-D", DataDirectory, "-p", Port.ToString(CultureInfo.InvariantCulture),
                "-c", "listen_addresses=127.0.0.1", "-c", $"unix_socket_directories={directory}",
                "-c", "fsync=off", "-c", "max_connections=200",
            ]);
        var started = ChildProcess.Start(program, arguments, directory);
        server = started;
        try
        {
            await started.WaitUntilReadyAsync(AcceptsConnectionsAsync, StartTimeout).ConfigureAwait(false);
        }
        catch (InvalidOperationException refused) when (started.HasExited && started.HasWritten(PortTakenLine))
        {
            started.Dispose();
            server = null;
            throw new PortTakenException(Port, refused);
        }
    }

    /// <summary>
    /// Fast shutdown: open sessions are cut off, as in an outage; once this returns, connections to the port are refused.
    /// </summary>
    public async Task StopAsync()
    {
        if (server is null)
        {
            return;
        }

        try
        {
            // pg_ctl signals the postmaster named in postmaster.pid: when running as root the child we hold is runuser,
            // and killing runuser would leave PostgreSQL running.
            if (!server.HasExited)
            {
                var (program, arguments) = AsServiceAccount("pg_ctl", ["stop", "-D", DataDirectory, "-m", "fast", "-w"]);
                await ChildProcess.RunAsync(program, arguments, directory, StopTimeout).ConfigureAwait(false);
            }

            await server.WaitForExitAsync(StopTimeout).ConfigureAwait(false);
        }
        finally
        {
            if (!server.HasExited)
            {
                await server.KillAsync().ConfigureAwait(false);
            }

            server.Dispose();
            server = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync().ConfigureAwait(false);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string FindBinaries()
    {
        var newest = Directory.Exists(BinariesRoot)
            ? Directory.GetDirectories(BinariesRoot)
                .Select(version => (
                    Major: int.TryParse(Path.GetFileName(version), out var major) ? major : -1,
                    Bin: Path.Combine(version, "bin")))
                .Where(candidate => File.Exists(Path.Combine(candidate.Bin, "initdb")))
                .OrderByDescending(candidate => candidate.Major)
                .Select(candidate => candidate.Bin)
                .FirstOrDefault()
            : null;
        return newest ?? throw new InvalidOperationException(
            $"PostgreSQL server binaries not found; install the Debian package postgresql (looked in {BinariesRoot}/*/bin).");
    }

    private static string CreateDirectory()
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("LocalPostgres runs the Debian PostgreSQL package, so it needs Linux.");
        }

        // As root the server runs as the postgres account, which must be able to traverse every parent folder: /tmp allows
        // that, while TMPDIR may point into root's private home.
        if (!RunsAsRoot)
        {
            return Directory.CreateTempSubdirectory("jyotishika-postgres-").FullName;
        }

        var path = Path.Combine("/tmp", $"jyotishika-postgres-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}");
        Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex DatabaseName();

    private (string Program, IReadOnlyList<string> Arguments) AsServiceAccount(string tool, IReadOnlyList<string> arguments)
    {
        var path = Path.Combine(binaries, tool);
        return RunsAsRoot ? ("runuser", ["-u", ServiceAccount, "--", path, .. arguments]) : (path, arguments);
    }

    private async Task InitializeClusterAsync()
    {
        var passwordFile = Path.Combine(directory, "password");
        await File.WriteAllTextAsync(passwordFile, Password).ConfigureAwait(false);
        if (RunsAsRoot)
        {
            await ChildProcess.RunAsync("chown", ["-R", $"{ServiceAccount}:", directory], directory, InitTimeout).ConfigureAwait(false);
        }

        // --no-sync: the cluster is thrown away, so flushing it to disk is wasted time; --locale=C sorts alike on every machine.
        var (program, arguments) = AsServiceAccount(
            "initdb",
            [
                "-D", DataDirectory, "-U", Superuser, $"--pwfile={passwordFile}", "--auth=scram-sha-256",
                "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions",
            ]);
        await ChildProcess.RunAsync(program, arguments, directory, InitTimeout).ConfigureAwait(false);
        File.Delete(passwordFile);
    }

    private async Task<bool> AcceptsConnectionsAsync()
    {
        if (server?.HasWritten(ReadyLine) != true)
        {
            return false;
        }

        var connection = new NpgsqlConnection(AdminConnectionString);
        await using (connection.ConfigureAwait(false))
        {
            try
            {
                await connection.OpenAsync().ConfigureAwait(false);
                return true;
            }
            catch (PostgresException refused) when (refused.SqlState == PostgresErrorCodes.CannotConnectNow)
            {
                return false; // still starting up or recovering
            }
            catch (NpgsqlException unreachable) when (unreachable is not PostgresException)
            {
                return false; // not listening yet
            }
        }
    }
}
