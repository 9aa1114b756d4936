using Jyotishika.Server.Platform.Observability;
using Jyotishika.Server.Storage;
using Jyotishika.Server.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Jyotishika.Server.Tests.Observability;

/// <summary>
/// Issue 15, F9: one kind of line repeated by every request (a store outage: 23,302 lines in 10 s; a stack per malformed
/// input; Critical lines per abusive HTTP/2 connection) could flood the log. Now client errors write only the request
/// line, a store outage is written once per change of state, and no kind of Warning-or-worse line passes 10 a minute.
/// </summary>
public sealed class LogFloodTests
{
    [Test]
    public void A_kind_of_line_is_written_at_most_ten_times_a_minute_and_what_was_held_back_is_reported()
    {
        var time = new ManualTime();
        var guard = new LogFloodGuard(time);
        using var capture = new CapturingLoggerProvider();
        using var guarded = new FloodGuardedLoggerProvider(capture, guard);
        var logger = guarded.CreateLogger("Microsoft.AspNetCore.Server.Kestrel.Http2");

        for (var i = 0; i < 25; i++)
        {
            logger.LogCritical(new EventId(60), "queue exceeded {Connection}", i);
            logger.LogInformation(new EventId(1), "request line {Number}", i);
        }

        Assert.That(capture.Entries.Count(e => e.Level == LogLevel.Critical), Is.EqualTo(LogFloodGuard.LinesPerWindow));
        Assert.That(capture.Entries.Count(e => e.Level == LogLevel.Information), Is.EqualTo(25), "Information lines are not held back");
        Assert.That(guard.SuppressedTotal, Is.EqualTo(15));

        time.Advance(LogFloodGuard.Window);
        logger.LogCritical(new EventId(60), "queue exceeded {Connection}", 99);

        var last = capture.Entries.Where(e => e.Level == LogLevel.Critical).TakeLast(2).ToList();
        Assert.That(last[0].Message, Does.StartWith("15 more lines like the next were not written"));
        Assert.That(last[1].Message, Is.EqualTo("queue exceeded 99"));
    }

    [Test]
    public void Kinds_are_counted_apart_by_category_and_event()
    {
        var guard = new LogFloodGuard(new ManualTime());
        for (var i = 0; i < LogFloodGuard.LinesPerWindow; i++)
        {
            guard.Admit("A", 1, out _);
        }

        Assert.That(guard.Admit("A", 1, out _), Is.False);
        Assert.That(guard.Admit("A", 2, out _), Is.True);
        Assert.That(guard.Admit("B", 1, out _), Is.True);
    }

    [Test]
    public void A_store_outage_is_logged_once_when_it_begins_and_once_when_it_ends()
    {
        var time = new ManualTime();
        using var capture = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(logging => logging.AddProvider(capture).SetMinimumLevel(LogLevel.Trace));
        var outages = new StoreOutageLog(factory.CreateLogger<StoreOutageLog>(), time);

        for (var i = 0; i < 100; i++)
        {
            outages.Unavailable("Redis", new TimeoutException());
        }

        time.Advance(TimeSpan.FromSeconds(12));
        outages.Available("Redis");
        outages.Available("Redis");
        outages.Available("PostgreSQL");
        outages.Unavailable("Redis", null);

        var lines = capture.Entries.Select(e => (e.Level, e.Message)).ToList();
        Assert.That(lines, Is.EqualTo(new[]
        {
            (LogLevel.Warning, "Redis is unavailable (TimeoutException); calls that need it answer UNAVAILABLE until it returns"),
            (LogLevel.Information, "Redis is available again after 12.0 s"),
            (LogLevel.Warning, "Redis is unavailable (not ready); calls that need it answer UNAVAILABLE until it returns"),
        }));
        Assert.That(outages.Outages["Redis"], Is.EqualTo(2));
    }

    [Test]
    public async Task A_flood_of_client_errors_and_an_outage_write_no_error_no_stack_and_one_outage_line()
    {
        using var redisDown = new ClosedPort();
        await using var server = await ServerProcess.StartAsync(
            "environment=Development", $"REDIS_URL=redis://127.0.0.1:{redisDown.Port}", "CHART_CACHE_ENABLED=true",
            "LOG_LEVEL=INFO");
        const int Requests = 40;
        var notUtf8 = "{\"\u00ff\":1}"u8.ToArray();
        notUtf8[2] = 0xff;
        for (var i = 0; i < Requests; i++)
        {
            using var chart = await server.Rest.PostAsync(new Uri("/v1/chart", UriKind.Relative), Json(ChartRequests.OlderSystemJson));
            Assert.That((int)chart.StatusCode, Is.EqualTo(200), "charts are served with Redis down");
            using var malformed = await server.Rest.PostAsync(new Uri("/v1/chart", UriKind.Relative), new ByteArrayContent(notUtf8));
            Assert.That((int)malformed.StatusCode, Is.EqualTo(400));
        }

        using (await server.Rest.GetAsync(new Uri("/healthz", UriKind.Relative)))
        {
        }

        var output = server.StandardOutput;
        Assert.That(output.Count(line => line.Contains("Redis is unavailable", StringComparison.Ordinal)), Is.EqualTo(1),
            string.Join('\n', output.TakeLast(40)));
        var severe = output.Where(line =>
            line.Contains("fail:", StringComparison.Ordinal) || line.Contains("crit:", StringComparison.Ordinal));
        Assert.That(severe, Is.Empty, "no Error or Critical line");
        Assert.That(output.Where(line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal)), Is.Empty, "no stack trace");
    }

    private static ByteArrayContent Json(string text)
    {
        var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return content;
    }
}
