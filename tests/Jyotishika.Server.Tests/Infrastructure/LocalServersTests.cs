using System.Net;
using System.Net.Sockets;
using Npgsql;
using StackExchange.Redis;

namespace Jyotishika.Server.Tests.Infrastructure;

/// <summary>The throwaway servers other tests stand on behave like real ones: they answer, go down on demand and come back.</summary>
public sealed class LocalServersTests
{
    [Test]
    public async Task Redis_answers_ping_set_and_get_at_its_url()
    {
        var redis = await LocalRedis.StartAsync().ConfigureAwait(false);
        try
        {
            var client = await ConnectAsync(redis).ConfigureAwait(false);
            await using (client.ConfigureAwait(false))
            {
                var database = client.GetDatabase();

                await database.PingAsync().ConfigureAwait(false);
                await database.StringSetAsync("nakshatra", "Ashwini").ConfigureAwait(false);

                Assert.That((string?)await database.StringGetAsync("nakshatra").ConfigureAwait(false), Is.EqualTo("Ashwini"));
            }
        }
        finally
        {
            await redis.DisposeAsync().ConfigureAwait(false);
        }
    }

    [Test]
    public async Task Redis_refuses_connections_while_stopped_and_comes_back_empty_on_the_same_port()
    {
        var redis = await LocalRedis.StartAsync().ConfigureAwait(false);
        try
        {
            var before = await ConnectAsync(redis).ConfigureAwait(false);
            await using (before.ConfigureAwait(false))
            {
                await before.GetDatabase().StringSetAsync("nakshatra", "Ashwini").ConfigureAwait(false);
            }

            await redis.StopAsync().ConfigureAwait(false);

            Assert.That(ConnectionAttempt(redis.Port), Is.EqualTo(SocketError.ConnectionRefused));

            await redis.StartAgainAsync().ConfigureAwait(false);

            var after = await ConnectAsync(redis).ConfigureAwait(false);
            await using (after.ConfigureAwait(false))
            {
                // Nothing is persisted, so a restart is also a flush.
                Assert.That(await after.GetDatabase().KeyExistsAsync("nakshatra").ConfigureAwait(false), Is.False);
            }
        }
        finally
        {
            await redis.DisposeAsync().ConfigureAwait(false);
        }
    }

    [Test]
    public async Task Redis_moves_to_another_port_when_its_port_is_taken()
    {
        using var taken = new TakenPort();

        var redis = await LocalRedis.StartAsync(taken.ThenCandidates).ConfigureAwait(false);
        try
        {
            var client = await ConnectAsync(redis).ConfigureAwait(false);
            await using (client.ConfigureAwait(false))
            {
                await client.GetDatabase().StringSetAsync("nakshatra", "Bharani").ConfigureAwait(false);

                Assert.That(redis.Port, Is.Not.EqualTo(taken.Port));
                Assert.That((string?)await client.GetDatabase().StringGetAsync("nakshatra").ConfigureAwait(false), Is.EqualTo("Bharani"));
            }
        }
        finally
        {
            await redis.DisposeAsync().ConfigureAwait(false);
        }
    }

    [Test]
    public async Task Postgres_creates_a_database_reachable_by_its_url()
    {
        var postgres = await LocalPostgres.StartAsync().ConfigureAwait(false);
        try
        {
            var url = await postgres.CreateDatabaseAsync("charts").ConfigureAwait(false);

            Assert.That(await QueryAsync(url, "SELECT current_database()").ConfigureAwait(false), Is.EqualTo("charts"));
        }
        finally
        {
            await postgres.DisposeAsync().ConfigureAwait(false);
        }
    }

    [Test]
    public async Task Postgres_refuses_connections_while_stopped_and_comes_back_with_its_data()
    {
        var postgres = await LocalPostgres.StartAsync().ConfigureAwait(false);
        try
        {
            var url = await postgres.CreateDatabaseAsync("charts").ConfigureAwait(false);
            await QueryAsync(url, "CREATE TABLE natives (name text); INSERT INTO natives VALUES ('Arjuna')").ConfigureAwait(false);

            await postgres.StopAsync().ConfigureAwait(false);

            Assert.That(ConnectionAttempt(postgres.Port), Is.EqualTo(SocketError.ConnectionRefused));

            await postgres.StartAgainAsync().ConfigureAwait(false);

            Assert.That(await QueryAsync(url, "SELECT name FROM natives").ConfigureAwait(false), Is.EqualTo("Arjuna"));
        }
        finally
        {
            await postgres.DisposeAsync().ConfigureAwait(false);
        }
    }

    [Test]
    public async Task Postgres_moves_to_another_port_when_its_port_is_taken()
    {
        using var taken = new TakenPort();

        var postgres = await LocalPostgres.StartAsync(taken.ThenCandidates).ConfigureAwait(false);
        try
        {
            var url = await postgres.CreateDatabaseAsync("charts").ConfigureAwait(false);

            Assert.That(postgres.Port, Is.Not.EqualTo(taken.Port));
            Assert.That(await QueryAsync(url, "SELECT current_database()").ConfigureAwait(false), Is.EqualTo("charts"));
        }
        finally
        {
            await postgres.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static Task<ConnectionMultiplexer> ConnectAsync(LocalRedis redis)
    {
        var url = new Uri(redis.Url);
        return ConnectionMultiplexer.ConnectAsync($"{url.Host}:{url.Port},connectTimeout=2000");
    }

    /// <summary>Runs SQL against a <c>postgresql://user:password@host:port/database</c> URL and returns the first value, if any.</summary>
    private static async Task<object?> QueryAsync(string url, string sql)
    {
        var uri = new Uri(url);
        var credentials = uri.UserInfo.Split(':', 2);
        var connectionString = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.Port,
            Database = uri.AbsolutePath.TrimStart('/'),
            Username = Uri.UnescapeDataString(credentials[0]),
            Password = Uri.UnescapeDataString(credentials[1]),
            Pooling = false,
        }.ConnectionString;

        var connection = new NpgsqlConnection(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            var command = new NpgsqlCommand(sql, connection);
            await using (command.ConfigureAwait(false))
            {
                return await command.ExecuteScalarAsync().ConfigureAwait(false);
            }
        }
    }

    private static SocketError ConnectionAttempt(int port)
    {
        using var client = new TcpClient();
        try
        {
            client.Connect(IPAddress.Loopback, port);
            return SocketError.Success;
        }
        catch (SocketException refused)
        {
            return refused.SocketErrorCode;
        }
    }
}
