using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Dapper;
using Grpc.Core;
using Grpc.Net.Client;
using Jyotishika.Server.Configuration;
using Jyotishika.Server.Storage;
using Jyotishika.Server.Storage.Accounts;
using Jyotishika.Server.Storage.Postgres;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;
using Npgsql;

namespace Jyotishika.Server.Tests.Durability;

/// <summary>
/// The server killed with SIGKILL in the middle of a stream of profile writes: nothing gets to flush or finish, so a
/// write the client saw acknowledged survives only if it was committed before the answer went out. The server runs as
/// its own OS process (the built Jyotishika.Server.dll under dotnet); PostgreSQL keeps running, as it does when an
/// application host dies.
/// </summary>
[TestFixture]
public sealed class CrashDurabilityTests
{
    private const string Database = "durability_crash";
    private const int Writers = 8;
    private static readonly TimeSpan WritingTime = TimeSpan.FromSeconds(1.5);
    private static readonly TimeSpan CallDeadline = TimeSpan.FromSeconds(5);

    [Test]
    [CancelAfter(60_000)]
    public async Task Every_acknowledged_profile_survives_a_SIGKILL_mid_stream(CancellationToken cancellationToken)
    {
        var postgres = await SharedServers.PostgresAsync();
        var databaseUrl = await postgres.CreateDatabaseAsync(Database);
        var redisUrl = (await SharedServers.RedisAsync()).Url;
        await using var first = await StartServerAsync(databaseUrl, redisUrl);
        var secrets = await CreateWritersAsync(postgres.SuperuserUrl(Database), cancellationToken);

        var stream = await WriteUntilKilledAsync(first, secrets, cancellationToken);
        await using var second = await StartServerAsync(databaseUrl, redisUrl);
        var missing = await MissingAsync(second, secrets, stream.Acknowledged, cancellationToken);
        var stored = await CountProfilesAsync(postgres.SuperuserUrl(Database), cancellationToken);

        await TestContext.Out.WriteLineAsync(
            $"{stream.Acknowledged.Count} profiles acknowledged by {Writers} writers (killed {WritingTime.TotalSeconds} s after every writer had one), " +
            $"{stored} stored; the writers stopped {stream.StoppedAfter.TotalSeconds:0.00} s after the first write");
        Assert.Multiple(() =>
        {
            Assert.That(stream.FailedBeforeKill, Is.Empty, "no write failed while the server was up");
            Assert.That(stream.Interrupted, Is.EqualTo(Writers), "every writer was cut off mid-stream");
            Assert.That(stream.ServingAfterKill, Is.False, "the process killed was the one serving");
            Assert.That(
                Enumerable.Range(0, Writers).Except(stream.Acknowledged.Select(write => write.Writer)), Is.Empty,
                "every writer had writes acknowledged before the kill");
        });
        Assert.That(missing, Is.Empty, $"of {stream.Acknowledged.Count} acknowledged writes, these are gone after the restart");
        Assert.That(stream.Acknowledged.DistinctBy(write => write.Id).Count(), Is.EqualTo(stream.Acknowledged.Count), "ids are unique");
        Assert.That(stored, Is.GreaterThanOrEqualTo(stream.Acknowledged.Count), "a write cut off before its answer may be there too");
    }

    private sealed record Write(int Writer, string Id, string Name);

    private sealed record WriteStream(
        IReadOnlyCollection<Write> Acknowledged, IReadOnlyCollection<string> FailedBeforeKill, int Interrupted, bool ServingAfterKill,
        TimeSpan StoppedAfter);

    /// <summary>
    /// <see cref="Writers"/> writers, each its own user, create profiles back to back over gRPC; after
    /// <see cref="WritingTime"/> the server gets SIGKILL. A write counts as acknowledged only when CreateProfile answered OK.
    /// </summary>
    private static async Task<WriteStream> WriteUntilKilledAsync(
        ServerProcess server, string[] secrets, CancellationToken cancellationToken)
    {
        var client = new ProfileService.ProfileServiceClient(server.Grpc);
        await WaitUntilProfilesAreServedAsync(client, secrets[0], cancellationToken);
        var acknowledged = new ConcurrentQueue<Write>();
        var failedBeforeKill = new ConcurrentQueue<string>();
        var interrupted = 0;
        var killed = 0;

        async Task WriteAsync(int writer)
        {
            for (var sequence = 0; ; sequence++)
            {
                var name = $"writer {writer} #{sequence}";
                try
                {
                    var request = new CreateProfileRequest { Profile = NewProfile(name) };
                    var created = await client.CreateProfileAsync(request, Bearer(secrets[writer]), DateTime.UtcNow + CallDeadline);
                    acknowledged.Enqueue(new Write(writer, created.Id, name));
                }
                catch (RpcException failure)
                {
                    if (Volatile.Read(ref killed) == 0)
                    {
                        failedBeforeKill.Enqueue($"{name}: {failure.Status}");
                    }

                    Interlocked.Increment(ref interrupted);
                    return;
                }
            }
        }

        var clock = Stopwatch.StartNew();
        var writing = Enumerable.Range(0, Writers).Select(writer => Task.Run(() => WriteAsync(writer), cancellationToken)).ToList();

        // A loaded machine (CI) may take seconds for the first writes of a cold server: the stream runs for WritingTime
        // once every writer has had a write acknowledged (bounded by the call deadline), so the kill lands mid-stream.
        var warmUp = Stopwatch.StartNew();
        while (acknowledged.Select(write => write.Writer).Distinct().Count() < Writers && warmUp.Elapsed < CallDeadline * 2
            && writing.Any(task => !task.IsCompleted))
        {
            await Task.Delay(20, cancellationToken);
        }

        await Task.Delay(WritingTime, cancellationToken);
        Volatile.Write(ref killed, 1);
        await server.KillAsync();
        await Task.WhenAll(writing).WaitAsync(CallDeadline * 2, cancellationToken);
        return new WriteStream(acknowledged, failedBeforeKill, interrupted, !await ServerProcess.RefusesConnectionsAsync(server.HttpPort), clock.Elapsed);
    }

    /// <summary>The acknowledged writes the restarted server cannot serve, or serves with another name.</summary>
    private static async Task<IReadOnlyCollection<string>> MissingAsync(
        ServerProcess server, string[] secrets, IEnumerable<Write> acknowledged, CancellationToken cancellationToken)
    {
        var client = new ProfileService.ProfileServiceClient(server.Grpc);
        await WaitUntilProfilesAreServedAsync(client, secrets[0], cancellationToken);
        var missing = new ConcurrentQueue<string>();
        await Parallel.ForEachAsync(
            acknowledged,
            new ParallelOptions { MaxDegreeOfParallelism = Writers, CancellationToken = cancellationToken },
            async (write, token) =>
            {
                try
                {
                    var request = new GetProfileRequest { ProfileId = write.Id };
                    var read = await client.GetProfileAsync(request, Bearer(secrets[write.Writer]), DateTime.UtcNow + CallDeadline, token);
                    if (read.Name != write.Name)
                    {
                        missing.Enqueue($"{write.Id} is named '{read.Name}', was '{write.Name}'");
                    }
                }
                catch (RpcException failure)
                {
                    missing.Enqueue($"{write.Id} ({write.Name}): {failure.Status}");
                }
            });
        return missing;
    }

    private static Profile NewProfile(string name) => new()
    {
        Name = name,
        PlaceName = "Pune, India",
        Birth = ChartRequests.Pune1991(),
    };

    private static Metadata Bearer(string secret) => new() { { "authorization", "Bearer " + secret } };

    /// <summary>
    /// Until ListProfiles answers: a server may listen a moment before its schema is ready, and answers UNAVAILABLE then,
    /// which would count as a failed write. Any other refusal (UNIMPLEMENTED, say) fails at once.
    /// </summary>
    private static async Task WaitUntilProfilesAreServedAsync(
        ProfileService.ProfileServiceClient client, string secret, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + CallDeadline;
        while (true)
        {
            try
            {
                await client.ListProfilesAsync(new ListProfilesRequest { PageSize = 1 }, Bearer(secret), deadline, cancellationToken);
                return;
            }
            catch (RpcException unavailable) when (unavailable.StatusCode == StatusCode.Unavailable && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50, cancellationToken);
            }
        }
    }

    /// <summary>
    /// One approved user with one API token per writer, made in SQL as an operator could, so the writers' rows are spread
    /// over users as real traffic is. Only the tokens' SHA-256 is stored, exactly as the server stores the ones it makes.
    /// </summary>
    private static async Task<string[]> CreateWritersAsync(string superuserUrl, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(superuserUrl, cancellationToken);
        await WaitForTablesAsync(connection, cancellationToken);
        var secrets = new string[Writers];
        for (var writer = 0; writer < Writers; writer++)
        {
            var email = $"writer{writer}@example.com";
            secrets[writer] = ApiTokenStore.SecretPrefix + SecretToken.New();
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO approved_users (email) VALUES (@Email);
                WITH person AS (INSERT INTO users (email, name) VALUES (@Email, @Name) RETURNING id)
                INSERT INTO api_tokens (user_id, name, secret_hash, prefix) SELECT id, 'crash test', @Hash, @Prefix FROM person;
                """,
                new { Email = email, Name = $"Writer {writer}", Hash = SecretToken.Hash(secrets[writer]), Prefix = secrets[writer][..12] },
                cancellationToken: cancellationToken));
        }

        return secrets;
    }

    /// <summary>The server migrates at start-up; its tables may appear a moment after it first answers /healthz.</summary>
    private static async Task WaitForTablesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + CallDeadline;
        while (!await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT to_regclass('public.api_tokens') IS NOT NULL AND to_regclass('public.profiles') IS NOT NULL",
            cancellationToken: cancellationToken)))
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the server did not create its tables");
            await Task.Delay(50, cancellationToken);
        }
    }

    private static async Task<long> CountProfilesAsync(string superuserUrl, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(superuserUrl, cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT count(*) FROM profiles", cancellationToken: cancellationToken));
    }

    private static async Task<NpgsqlConnection> OpenAsync(string url, CancellationToken cancellationToken)
    {
        var builder = global::Jyotishika.Server.Storage.DatabaseUrl.Parse(url);
        builder.Pooling = false;
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    // Neither limit may end a writer's stream before the kill: each creates a profile (a counted calculation) every few
    // milliseconds, so the default per-account budget of 100 a minute ran out within the 1.5 s on a quiet machine.
    private static Task<ServerProcess> StartServerAsync(string databaseUrl, string redisUrl) => ServerProcess.StartAsync(
        "LOG_LEVEL=WARNING", "environment=Development", $"DATABASE_URL={databaseUrl}", $"REDIS_URL={redisUrl}",
        "RATE_LIMIT_PER_IP_PER_MINUTE=1000000", "RATE_LIMIT_CALCULATIONS_PER_USER_PER_MINUTE=1000000");
}
