using System.Diagnostics.Metrics;
using Npgsql;

namespace Jyotishika.Server.Storage.Postgres;

/// <summary>
/// The PostgreSQL connection pool, from the metrics Npgsql publishes on its "Npgsql" meter: connections idle and in use
/// against the pool's maximum, requests waiting for a connection, and waits that timed out. The meter is process-wide
/// (every data source reports through it), so only this server's pool is taken, known by the name Npgsql gives it: its
/// connection string without the password. Without DATABASE_URL there is no pool and no series.
/// </summary>
internal sealed class DatabasePoolMetrics : IDisposable
{
    private readonly MeterListener? listener;

    public DatabasePoolMetrics(CollectorRegistry registry, StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(storage);
        if (storage.Database is not { } database)
        {
            return;
        }

        var poolName = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Password = null }.ConnectionString;
        var pool = new PoolSeries(registry, poolName);
        listener = new MeterListener
        {
            InstrumentPublished = (instrument, meters) =>
            {
                if (instrument.Meter.Name == "Npgsql")
                {
                    meters.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => pool.Record(instrument.Name, value, tags));
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => pool.Record(instrument.Name, value, tags));
        listener.Start();

        // The connection counts are observable instruments: Npgsql reports them when asked, so ask at every scrape.
        registry.AddBeforeCollectCallback(listener.RecordObservableInstruments);
    }

    public void Dispose() => listener?.Dispose();

    private sealed class PoolSeries
    {
        private const string PoolNameTag = "db.client.connection.pool.name";
        private const string StateTag = "db.client.connection.state";

        private readonly string poolName;
        private readonly Gauge connections;
        private readonly Gauge maxConnections;
        private readonly Gauge pendingRequests;
        private readonly Counter timeouts;

        public PoolSeries(CollectorRegistry registry, string poolName)
        {
            this.poolName = poolName;
            var factory = Prometheus.Metrics.WithCustomRegistry(registry);
            connections = factory.CreateGauge(
                "jyotishika_database_connections", "PostgreSQL connections in the pool, by state (idle, used).", "state");
            maxConnections = factory.CreateGauge("jyotishika_database_connections_max", "The pool's connection limit.");
            pendingRequests = factory.CreateGauge(
                "jyotishika_database_connection_requests_pending", "Requests waiting for a pooled connection.");
            timeouts = factory.CreateCounter(
                "jyotishika_database_connection_timeouts_total", "Requests that gave up waiting for a pooled connection.");
        }

        public void Record(string instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            string? pool = null;
            string? state = null;
            foreach (var (key, tag) in tags)
            {
                switch (key)
                {
                    case PoolNameTag:
                        pool = tag as string;
                        break;
                    case StateTag:
                        state = tag as string;
                        break;
                }
            }

            if (pool != poolName)
            {
                return;
            }

            switch (instrument)
            {
                case "db.client.connection.count" when state is "idle" or "used":
                    connections.WithLabels(state).Set(value);
                    break;
                case "db.client.connection.max":
                    maxConnections.Set(value);
                    break;
                case "db.client.connection.npgsql.pending_requests":
                    pendingRequests.Inc(value);
                    break;
                case "db.client.connection.npgsql.timeouts":
                    timeouts.Inc(value);
                    break;
            }
        }
    }
}
