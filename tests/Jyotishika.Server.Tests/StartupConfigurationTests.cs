using Jyotishika.Server.Configuration;

namespace Jyotishika.Server.Tests;

/// <summary>Settings that cannot work stop the server at start-up with a message naming the setting.</summary>
public sealed class StartupConfigurationTests
{
    [TestCase("--EPHE_PATH=/nonexistent/ephe", "EPHE_PATH")]
    [TestCase("--PORT=abc", "PORT")]
    [TestCase("--GRPC_PORT=70000", "GRPC_PORT")]
    [TestCase("--EPHEMERIS_THREADS=0", "EPHEMERIS_THREADS")]
    [TestCase("--LOG_LEVEL=LOUD", "LOG_LEVEL")]
    public void A_setting_that_cannot_work_stops_the_start_naming_it(string argument, string setting)
    {
        var refused = Assert.Throws<ConfigurationException>(() => JyotishikaServer.Build(["--PORT=0", "--GRPC_PORT=0", argument]))!;

        Assert.That(refused.Message, Does.Contain(setting));
    }
}
