using Jyotishika.Server.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Jyotishika.Server.Tests.Edge;

/// <summary>Outside Production the friendly defaults are used, and said in one start-up line that names each of them.</summary>
public sealed class DevelopmentDefaultsTests
{
    private const string EventName = "DevelopmentDefaults";

    [Test]
    public async Task Development_names_its_defaults_in_one_line()
    {
        var lines = await StartAndCaptureAsync("--environment=Development");

        Assert.That(lines.Where(line => line.Event == EventName), Has.Exactly(1).Items);
        var notice = lines.Single(line => line.Event == EventName);
        Assert.Multiple(() =>
        {
            Assert.That(notice.Level, Is.EqualTo(LogLevel.Warning));
            Assert.That(notice.Message, Does.StartWith("Development defaults in effect"));
            Assert.That(notice.Message, Does.Contain("SECRET_KEY random"));
            Assert.That(notice.Message, Does.Contain("APP_BASE_URL unset"));
            Assert.That(notice.Message, Does.Contain("Google sign-in off"));
            Assert.That(notice.Message, Does.Contain("SESSION_COOKIE_SECURE=false"));
            Assert.That(notice.Message, Does.Contain("Strict-Transport-Security"));
        });
    }

    [Test]
    public async Task A_setting_given_in_Development_is_not_listed_as_a_default()
    {
        var lines = await StartAndCaptureAsync("--environment=Development", "--SECRET_KEY=0123456789abcdef0123456789abcdef");

        var notice = lines.Single(line => line.Event == EventName);
        Assert.That(notice.Message, Does.Not.Contain("SECRET_KEY"));
    }

    [Test]
    public async Task Production_has_no_such_line()
    {
        var lines = await StartAndCaptureAsync(
            "--environment=Production", "--REQUIRE_AUTH_FOR_CALCULATIONS=false", "--SECRET_KEY=0123456789abcdef0123456789abcdef",
            "--APP_BASE_URL=https://api.jyotishika.test", "--GOOGLE_CLIENT_ID=client.apps.example", "--GOOGLE_CLIENT_SECRET=secret");

        Assert.That(lines.Where(line => line.Event == EventName), Is.Empty);
    }

    private static async Task<IReadOnlyList<LogLine>> StartAndCaptureAsync(params string[] settings) =>
        (await CapturedStart.RunAsync(settings)).Lines;
}
