using Jyotishika.Server.Configuration;






namespace Jyotishika.Server.Tests;

/// <summary>Settings that cannot work stop the server at start-up with a message naming the setting.</summary>
public sealed class StartupConfigurationTests
{
    private const string Storage = "--DATABASE_URL=postgresql://u:p@127.0.0.1:1/db";
    private const string Redis = "--REDIS_URL=redis://127.0.0.1:1";

    [TestCase("--EPHE_PATH=/nonexistent/ephe", "EPHE_PATH")]
    [TestCase("--PORT=abc", "PORT")]
    [TestCase("--GRPC_PORT=70000", "GRPC_PORT")]
    [TestCase("--EPHEMERIS_THREADS=0", "EPHEMERIS_THREADS")]
    [TestCase("--LOG_LEVEL=LOUD", "LOG_LEVEL")]
    [TestCase("--DATABASE_URL=mysql://u:p@host/db", "DATABASE_URL")]
    [TestCase("--REDIS_URL=localhost:6379", "REDIS_URL")]
    [TestCase("--GOOGLE_CLIENT_ID=only-the-id", "GOOGLE_CLIENT_SECRET")]
    [TestCase("--GOOGLE_ISSUER=http://accounts.example.com", "GOOGLE_ISSUER")]
    [TestCase("--FRONTEND_BASE_URL=app.example.com", "FRONTEND_BASE_URL")]
    [TestCase("--SESSION_COOKIE_SAMESITE=None", "SESSION_COOKIE_SAMESITE")]
    [TestCase("--SESSION_TTL_SECONDS=0", "SESSION_TTL_SECONDS")]
    [TestCase("--TRUSTED_PROXIES=10.0.0.300", "TRUSTED_PROXIES")]
    [TestCase("--TRUSTED_PROXIES=10.0.0.0/33", "TRUSTED_PROXIES")]
    [TestCase("--TRUSTED_PROXIES=balancer.internal", "TRUSTED_PROXIES")]
    public void A_setting_that_cannot_work_stops_the_start_naming_it(string argument, string setting)
    {
        var refused = Assert.Throws<ConfigurationException>(
            () => JyotishikaServer.Build(["--PORT=0", "--GRPC_PORT=0", "--environment=Development", argument]))!;

        Assert.That(refused.Message, Does.Contain(setting));
    }

    [Test]
    public void Production_refuses_the_development_sign_in()
    {
        var refused = Assert.Throws<ConfigurationException>(() => JyotishikaServer.Build(
            ["--PORT=0", "--GRPC_PORT=0", "--environment=Production", Storage, Redis, "--DEV_LOGIN_EMAIL=dev@example.com"]))!;

        Assert.That(refused.Message, Does.Contain("DEV_LOGIN_EMAIL"));
    }

    [Test]
    public void Production_needs_storage_when_calculations_need_a_caller()
    {
        var refused = Assert.Throws<ConfigurationException>(
            () => JyotishikaServer.Build(["--PORT=0", "--GRPC_PORT=0", "--environment=Production"]))!;

        Assert.That(refused.Message, Does.Contain("DATABASE_URL").And.Contain("REQUIRE_AUTH_FOR_CALCULATIONS"));
    }

    [Test]
    public void A_refused_database_url_never_repeats_its_password()
    {
        var refused = Assert.Throws<ConfigurationException>(() => JyotishikaServer.Build(
            ["--PORT=0", "--GRPC_PORT=0", "--environment=Development", "--DATABASE_URL=postgresql://user:hunter2@host/db?nonsense=1"]))!;

        Assert.That(refused.Message, Does.Contain("DATABASE_URL").And.Not.Contain("hunter2"));
    }
}
