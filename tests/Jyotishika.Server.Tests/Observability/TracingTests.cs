using System.Diagnostics;
using System.Net;
using System.Text;
using Jyotishika.Server.Tests.Infrastructure;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Jyotishika.Server.Tests.Observability;

/// <summary>
/// OpenTelemetry spans, captured with the in-memory exporter: off by default; on, each request has its span (with the
/// correlation id) and beneath it the ephemeris job's queue wait and compute, the Redis calls and the PostgreSQL
/// commands, all in the request's trace — and no span carries the request's birth data.
/// </summary>
[TestFixture]
public sealed class TracingTests
{
    /// <summary>Native, so the chart is an ephemeris job (the fast path answers default charts on the request's thread).</summary>
    private const string Birth =
        """{"datetime":"1991-03-25T09:46:00","tz":"Asia/Kolkata","latitude":18.5204,"longitude":73.8567,"calculationPath":"NATIVE"}""";

    [Test]
    public async Task Without_an_endpoint_there_is_no_tracer()
    {
        await using var server = await RunningServer.StartAsync("environment=Development");

        Assert.That(server.Services.GetService(typeof(TracerProvider)), Is.Null);
    }

    [Test]
    public void A_bad_endpoint_stops_the_start_naming_it()
    {
        var refused = Assert.Throws<Configuration.ConfigurationException>(() => JyotishikaServer.Build(
            ["--PORT=0", "--GRPC_PORT=0", "--environment=Development", "--OTEL_EXPORTER_OTLP_ENDPOINT=collector:4317"]))!;

        Assert.That(refused.Message, Does.Contain("OTEL_EXPORTER_OTLP_ENDPOINT"));
    }

    [Test]
    public async Task A_chart_request_is_one_trace_with_its_ephemeris_job_and_redis_calls()
    {
        var spans = new List<Activity>();
        var redis = await SharedServers.RedisAsync();
        await using (var server = await RunningServer.StartTracedAsync(
            tracing => tracing.AddInMemoryExporter(spans), "environment=Development", $"REDIS_URL={redis.Url}", "CHART_CACHE_ENABLED=false"))
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/chart") { Content = new StringContent(Birth, Encoding.UTF8, "application/json") };
            request.Headers.Add("x-correlation-id", "trace-test-0001");
            using var response = await server.Rest.SendAsync(request);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            using var probe = await server.Rest.GetAsync(new Uri("/readyz", UriKind.Relative));
        }

        // The provider flushed on disposal; spans of other servers in this process go to their own exporters.
        var root = spans.Single(span => span.Kind == ActivityKind.Server && span.GetTagItem("jyotishika.correlation_id") as string == "trace-test-0001");
        var trace = spans.Where(span => span.TraceId == root.TraceId).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(root.DisplayName, Does.Contain("/v1/chart"));
            Assert.That(trace.Select(span => span.OperationName), Is.SupersetOf(new[] { "ephemeris.queue", "ephemeris.compute", "redis" }));
            Assert.That(trace.Where(span => span != root).Select(span => span.ParentSpanId), Is.All.Not.EqualTo(default(ActivitySpanId)));
            Assert.That(spans.Where(span => span.Kind == ActivityKind.Server).Select(span => span.DisplayName), Has.None.Contains("readyz"),
                "probes are not traced");
            var everything = string.Join('\n', spans.SelectMany(span => span.TagObjects.Select(tag => $"{tag.Key}={tag.Value}")));
            Assert.That(everything, Does.Not.Contain("18.5204").And.Not.Contain("1991-03-25"), "no birth data in any span");
        });
    }

    [Test]
    public async Task PostgreSQL_commands_are_spans_of_the_request_that_ran_them()
    {
        var spans = new List<Activity>();
        var databaseUrl = await SharedServers.NewDatabaseAsync();
        var redis = await SharedServers.RedisAsync();
        await using (var server = await RunningServer.StartTracedAsync(
            tracing => tracing.AddInMemoryExporter(spans), "environment=Development", $"DATABASE_URL={databaseUrl}", $"REDIS_URL={redis.Url}",
            "DEV_LOGIN_EMAIL=tracer@example.com"))
        {
            using var signIn = await server.Rest.GetAsync(new Uri("/auth/dev/login", UriKind.Relative));
            Assert.That((int)signIn.StatusCode, Is.LessThan(500));
        }

        var root = spans.Single(span => span.Kind == ActivityKind.Server && span.DisplayName.Contains("/auth/dev/login", StringComparison.Ordinal));
        var database = spans.Where(span => span.TraceId == root.TraceId && span.Kind == ActivityKind.Client && span.Source.Name == "Npgsql").ToList();
        Assert.That(database, Is.Not.Empty, "the sign-in recorded its user in PostgreSQL");
        Assert.That(database.Select(span => span.GetTagItem("db.system") ?? span.GetTagItem("db.system.name")), Is.All.EqualTo("postgresql"));
    }
}
