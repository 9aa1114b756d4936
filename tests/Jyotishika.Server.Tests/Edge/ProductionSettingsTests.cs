using Jyotishika.Server.Configuration;






namespace Jyotishika.Server.Tests.Edge;

/// <summary>
/// Production refuses to start with what the older system's deployment checklist forbids, naming each setting;
/// everything else about the settings below is valid, so each refusal is the one its case introduces.
/// </summary>
public sealed class ProductionSettingsTests
{
    private static readonly string[] Checked =
        ["SECRET_KEY", "ALLOWED_ORIGINS", "APP_BASE_URL", "GOOGLE_CLIENT_ID", "SESSION_COOKIE_SECURE"];

    /// <summary>A Production configuration the edge accepts (calculations open, so no storage is needed to build).</summary>
    private static Dictionary<string, string> Complete() => new()
    {
        ["PORT"] = "0",
        ["GRPC_PORT"] = "0",
        ["environment"] = "Production",
        ["REQUIRE_AUTH_FOR_CALCULATIONS"] = "false",
        ["SECRET_KEY"] = "0123456789abcdef0123456789abcdef",
        ["APP_BASE_URL"] = "https://api.jyotishika.test",
        ["FRONTEND_BASE_URL"] = "https://app.jyotishika.test",
        ["ALLOWED_ORIGINS"] = "https://partner.jyotishika.test",
        ["GOOGLE_CLIENT_ID"] = "client.apps.example",
        ["GOOGLE_CLIENT_SECRET"] = "client-secret",
    };

    [Test]
    public async Task The_complete_configuration_builds()
    {
        var app = JyotishikaServer.Build(Arguments(Complete()));

        await app.DisposeAsync();
    }

    [TestCase("SECRET_KEY", null, "SECRET_KEY is not set")]
    [TestCase("SECRET_KEY", "0123456789abcdef0123456789abcde", "SECRET_KEY has 31 characters")]
    [TestCase("ALLOWED_ORIGINS", "https://partner.jyotishika.test,*", "ALLOWED_ORIGINS contains '*'")]
    [TestCase("ALLOWED_ORIGINS", "*", "ALLOWED_ORIGINS contains '*'")]
    [TestCase("APP_BASE_URL", null, "APP_BASE_URL is not set")]
    [TestCase("APP_BASE_URL", "http://api.jyotishika.test", "APP_BASE_URL must use https://")]
    [TestCase("GOOGLE_CLIENT_ID", null, "GOOGLE_CLIENT_ID")]
    [TestCase("SESSION_COOKIE_SECURE", "false", "SESSION_COOKIE_SECURE=false")]
    [TestCase("DEV_LOGIN_EMAIL", "dev@example.com", "DEV_LOGIN_EMAIL")]
    public void Production_refuses_the_setting_naming_it(string setting, string? value, string refusal)
    {
        var settings = Complete();
        Set(settings, setting, value);
        if (setting == "GOOGLE_CLIENT_ID")
        {
            settings.Remove("GOOGLE_CLIENT_SECRET");
        }

        var refused = Assert.Throws<ConfigurationException>(() => JyotishikaServer.Build(Arguments(settings)))!;

        Assert.That(refused.Message, Does.Contain(refusal));
        var others = Checked.Where(other => other != setting);
        Assert.That(others, Has.None.Matches<string>(other => refused.Message.Contains(other, StringComparison.Ordinal)), refused.Message);
    }

    [Test]
    public void Every_shortfall_is_named_in_one_refusal()
    {
        var refused = Assert.Throws<ConfigurationException>(() => JyotishikaServer.Build(
            ["--PORT=0", "--GRPC_PORT=0", "--environment=Production", "--REQUIRE_AUTH_FOR_CALCULATIONS=false", "--ALLOWED_ORIGINS=*",
             "--SESSION_COOKIE_SECURE=false"]))!;

        Assert.That(
            Checked,
            Has.All.Matches<string>(setting => refused.Message.Contains(setting, StringComparison.Ordinal)),
            refused.Message);
    }

    /// <summary>As for GOOGLE_ISSUER: plain http is accepted only for this machine (tests, a reverse proxy on the host).</summary>
    [TestCase("http://127.0.0.1:8080")]
    [TestCase("http://localhost:8080")]
    [TestCase("http://[::1]:8080")]
    public async Task Production_accepts_plain_http_for_a_loopback_APP_BASE_URL(string url)
    {
        var settings = Complete();
        settings["APP_BASE_URL"] = url;

        var app = JyotishikaServer.Build(Arguments(settings));

        await app.DisposeAsync();
    }

    [Test]
    public async Task Development_builds_with_none_of_them()
    {
        var app = JyotishikaServer.Build(
            ["--PORT=0", "--GRPC_PORT=0", "--environment=Development", "--ALLOWED_ORIGINS=*", "--SESSION_COOKIE_SECURE=false"]);

        await app.DisposeAsync();
    }

    [TestCase("REQUEST_TIMEOUT_SECONDS=0")]
    [TestCase("REQUEST_TIMEOUT_SECONDS=soon")]
    public void A_bad_request_timeout_stops_the_server_naming_it(string setting)
    {
        var refused = Assert.Throws<ConfigurationException>(
            () => JyotishikaServer.Build(["--PORT=0", "--GRPC_PORT=0", "--environment=Development", "--" + setting]))!;

        Assert.That(refused.Message, Does.Contain("REQUEST_TIMEOUT_SECONDS"));
    }

    private static void Set(Dictionary<string, string> settings, string key, string? value)
    {
        if (value is null)
        {
            settings.Remove(key);
        }
        else
        {
            settings[key] = value;
        }
    }

    private static string[] Arguments(Dictionary<string, string> settings) =>
        [.. settings.Select(setting => $"--{setting.Key}={setting.Value}")];
}
