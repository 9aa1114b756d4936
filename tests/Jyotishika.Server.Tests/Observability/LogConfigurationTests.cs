using Jyotishika.Server.Platform.Observability;
using Jyotishika.Server.Storage.Profiles;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Logging;

namespace Jyotishika.Server.Tests.Observability;

/// <summary>
/// What <see cref="ObservabilitySetup.AddObservability"/> makes of the environment and LOG_LEVEL, read from the built host:
/// the console format, the level of each kind of category, and the categories pinned because they print secrets.
/// </summary>
[TestFixture]
public sealed class LogConfigurationTests
{
    private const string App = "Jyotishika.Server.Storage.Profiles.ProfileStore";
    private const string Framework = "Microsoft.AspNetCore.Routing.EndpointMiddleware";
    private const string Lifetime = "Microsoft.Hosting.Lifetime";
    private const string Hosting = "Microsoft.AspNetCore.Hosting.Diagnostics";
    private const string OpenIdConnect = "Microsoft.AspNetCore.Authentication.OpenIdConnect.OpenIdConnectHandler";

    [TestCase("Development", ExpectedResult = ConsoleFormatterNames.Simple)]
    [TestCase("Production", ExpectedResult = ConsoleFormatterNames.Json)]
    [TestCase("Staging", ExpectedResult = ConsoleFormatterNames.Json)]
    public async Task<string?> Development_reads_text_and_every_other_environment_writes_JSON_lines(string environment)
    {
        await using var app = Build(environment);

        return app.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName;
    }

    [Test]
    public async Task JSON_lines_carry_UTC_ISO_8601_timestamps_and_the_request_scopes()
    {
        await using var app = Build("Production");

        var json = app.Services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue;
        Assert.Multiple(() =>
        {
            Assert.That(json.UseUtcTimestamp, Is.True);
            Assert.That(json.TimestampFormat, Is.EqualTo("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"));
            Assert.That(json.IncludeScopes, Is.True);
            Assert.That(json.JsonWriterOptions.Indented, Is.False, "one object per line");
        });
    }

    [Test]
    public async Task Without_LOG_LEVEL_the_app_logs_Information_and_ASP_NET_Core_Warning()
    {
        await using var app = Build("Production");

        Assert.Multiple(() =>
        {
            Assert.That(Enabled(app, App), Is.EqualTo(LogLevel.Information));
            Assert.That(Enabled(app, Framework), Is.EqualTo(LogLevel.Warning));
            Assert.That(Enabled(app, Lifetime), Is.EqualTo(LogLevel.Information));
        });
    }

    [TestCase("DEBUG", LogLevel.Debug, LogLevel.Warning, LogLevel.Information)]
    [TestCase("debug", LogLevel.Debug, LogLevel.Warning, LogLevel.Information)]
    [TestCase("INFO", LogLevel.Information, LogLevel.Warning, LogLevel.Information)]
    [TestCase("WARNING", LogLevel.Warning, LogLevel.Warning, LogLevel.Warning)]
    [TestCase("ERROR", LogLevel.Error, LogLevel.Error, LogLevel.Error)]
    public async Task LOG_LEVEL_is_the_default_and_a_floor_under_every_category(
        string setting, LogLevel app, LogLevel framework, LogLevel lifetime)
    {
        await using var host = Build("Production", $"--LOG_LEVEL={setting}", "--Logging:LogLevel:Default=Critical");

        Assert.Multiple(() =>
        {
            Assert.That(Enabled(host, App), Is.EqualTo(app), "LOG_LEVEL wins over Logging:LogLevel:Default");
            Assert.That(Enabled(host, Framework), Is.EqualTo(framework), "ASP.NET Core stays at Warning unless LOG_LEVEL is above it");
            Assert.That(Enabled(host, Lifetime), Is.EqualTo(lifetime), "a category set above LOG_LEVEL stays; none logs below it");
        });
    }

    [Test]
    public async Task Categories_that_print_sign_in_secrets_stay_at_Warning_however_verbose_the_configuration()
    {
        await using var app = Build("Production", "--LOG_LEVEL=TRACE", "--Logging:LogLevel:Microsoft.AspNetCore=Trace",
            $"--Logging:LogLevel:{Hosting}=Trace", $"--Logging:LogLevel:{OpenIdConnect}=Trace");

        Assert.Multiple(() =>
        {
            Assert.That(Enabled(app, Framework), Is.EqualTo(LogLevel.Trace), "the operator's setting holds elsewhere");
            Assert.That(Enabled(app, Hosting), Is.EqualTo(LogLevel.Warning), "its request lines print the raw query string");
            Assert.That(Enabled(app, OpenIdConnect), Is.EqualTo(LogLevel.Warning), "it prints state, nonce and code below Warning");
            Assert.That(IdentityModelEventSource.ShowPII, Is.False, "IdentityModel keeps personal data out of its messages");
        });
    }

    private static WebApplication Build(string environment, params string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ContentRootPath = AppContext.BaseDirectory,
            Args = args,
        });
        builder.AddObservability();
        return builder.Build();
    }

    /// <summary>The lowest level a category writes.</summary>
    private static LogLevel Enabled(WebApplication app, string category)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(category);
        return Enum.GetValues<LogLevel>().First(level => level == LogLevel.None || logger.IsEnabled(level));
    }
}
