using Jyotishika.Engine;
using Jyotishika.Server.Configuration;
using Jyotishika.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Jyotishika.Server.Tests.Operations;

/// <summary>SHUTDOWN_TIMEOUT_SECONDS sets the host's drain time; disposing the host closes the ephemeris threads.</summary>
public sealed class ShutdownSettingsTests
{
    [Test]
    public async Task The_shutdown_timeout_defaults_to_30_seconds_and_follows_the_setting()
    {
        await using var byDefault = await RunningServer.StartAsync("environment=Development");
        await using var configured = await RunningServer.StartAsync("environment=Development", "SHUTDOWN_TIMEOUT_SECONDS=7");

        Assert.Multiple(() =>
        {
            Assert.That(ShutdownTimeout(byDefault), Is.EqualTo(TimeSpan.FromSeconds(30)));
            Assert.That(ShutdownTimeout(configured), Is.EqualTo(TimeSpan.FromSeconds(7)));
        });
    }

    [Test]
    public void A_shutdown_timeout_that_is_not_a_number_of_seconds_stops_the_start_naming_the_setting()
    {
        var refused = Assert.Throws<ConfigurationException>(
            () => JyotishikaServer.Build(["--environment=Development", "--SHUTDOWN_TIMEOUT_SECONDS=soon"]));

        Assert.That(refused!.Message, Does.Contain("SHUTDOWN_TIMEOUT_SECONDS"));
    }

    [Test]
    public async Task Disposing_the_host_closes_the_ephemeris_pool()
    {
        var server = await RunningServer.StartAsync("environment=Development");
        var engine = server.Services.GetRequiredService<ChartEngine>();
        // Native: a fast-path chart never touches the pool.
        var probe = new ChartInput(new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc), 0, 0, ChartSettings.Default)
        {
            Path = CalculationPath.Native,
        };
        await engine.ComputeAsync(probe);

        await server.DisposeAsync();

        Assert.ThrowsAsync<ObjectDisposedException>(() => engine.ComputeAsync(probe));
    }

    private static TimeSpan ShutdownTimeout(RunningServer server) =>
        server.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout;
}
