using Jyotishika.Client.Tests.Infrastructure;
using Jyotishika.V1;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Jyotishika.Client.Tests;

/// <summary>What <c>AddJyotishikaClient</c> registers, and a real call through it.</summary>
public sealed class JyotishikaClientServiceCollectionExtensionsTests
{
    private static readonly Type[] ServiceClients =
    [
        typeof(ChartService.ChartServiceClient),
        typeof(DashaService.DashaServiceClient),
        typeof(PanchangService.PanchangServiceClient),
        typeof(PlaceService.PlaceServiceClient),
        typeof(EphemerisService.EphemerisServiceClient),
        typeof(AuthService.AuthServiceClient),
        typeof(ProfileService.ProfileServiceClient),
    ];

    [TestCaseSource(nameof(ServiceClients))]
    public void Every_service_client_is_resolvable(Type client)
    {
        using var provider = new ServiceCollection()
            .AddJyotishikaClient(o => o.Address = new Uri("https://jyotishika.example.com"))
            .BuildServiceProvider();

        Assert.That(provider.GetRequiredService(client), Is.InstanceOf(client));
    }

    [Test]
    public void The_facade_holds_one_client_of_each_service()
    {
        using var provider = new ServiceCollection()
            .AddJyotishikaClient(o => o.Address = new Uri("https://jyotishika.example.com"))
            .BuildServiceProvider();

        var all = provider.GetRequiredService<JyotishikaClient>();

        Assert.That(
            new object[] { all.Charts, all.Dashas, all.Panchang, all.Places, all.Ephemeris, all.Auth, all.Profiles }.Select(c => c.GetType()),
            Is.EqualTo(ServiceClients));
    }

    [Test]
    public async Task Registering_again_adds_configuration_not_a_second_pipeline()
    {
        await using var server = await ScriptedGrpcServer.StartAsync();
        var services = new ServiceCollection()
            .AddJyotishikaClient(o => o.Address = server.Address)
            .AddJyotishikaClient(o => o.ApiToken = "jyk_second");
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ChartService.ChartServiceClient>().ComputeChartAsync(new ChartRequest());

        var options = provider.GetRequiredService<IOptions<JyotishikaClientOptions>>().Value;
        Assert.Multiple(() =>
        {
            Assert.That(options.Address, Is.EqualTo(server.Address));
            Assert.That(server.Received.Single().Header("authorization"), Is.EqualTo("Bearer jyk_second"), "one credential, not two");
        });
    }

    [Test]
    public async Task A_chart_computed_by_the_real_server_arrives_through_the_registered_client()
    {
        await using var server = await RealServer.StartAsync();
        await using var client = new ClientServices(server.GrpcAddress);

        var chart = await client.All.Charts.ComputeChartAsync(new ChartRequest
        {
            Datetime = "1991-03-25T09:46:00",
            Tz = "Asia/Kolkata",
            Latitude = 18.5204,
            Longitude = 73.8567,
        });

        Assert.Multiple(() =>
        {
            Assert.That(chart.Planets.Select(p => p.Planet), Does.Contain(Planet.Moon));
            Assert.That(chart.Ascendant.Longitude, Is.InRange(0, 360));
            Assert.That(chart.Settings.Ayanamsha, Is.EqualTo(Ayanamsha.Lahiri), "the default, echoed");
            Assert.That(chart.Metadata.Time.TimeZone, Is.EqualTo("Asia/Kolkata"));
            Assert.That(
                chart.Metadata.Time.Utc.ToDateTime(), Is.EqualTo(new DateTime(1991, 3, 25, 4, 16, 0, DateTimeKind.Utc)), "IST is +05:30");
        });
    }
}
