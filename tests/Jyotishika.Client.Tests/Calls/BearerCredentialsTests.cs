using Jyotishika.Client.Tests.Infrastructure;
using Jyotishika.V1;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Jyotishika.Client.Tests.Calls;

/// <summary>The API token travels as <c>authorization: Bearer</c> call credentials, also over cleartext HTTP/2 to loopback.</summary>
public sealed class BearerCredentialsTests
{
    private ScriptedGrpcServer server = null!;

    [SetUp]
    public async Task StartAsync() => server = await ScriptedGrpcServer.StartAsync();

    [TearDown]
    public async Task StopAsync() => await server.DisposeAsync();

    [Test]
    public async Task Token_is_sent_as_a_bearer_authorization_on_every_service()
    {
        await using var client = new ClientServices(server.Address, o => o.ApiToken = "jyk_abc123");

        await client.All.Charts.ComputeChartAsync(new ChartRequest());
        await client.All.Auth.GetMeAsync(new GetMeRequest());
        await client.All.Profiles.ListProfilesAsync(new ListProfilesRequest());

        Assert.That(server.Received.Select(r => r.Header("authorization")), Is.All.EqualTo("Bearer jyk_abc123"));
    }

    [Test]
    public async Task Without_a_token_no_authorization_is_sent()
    {
        await using var client = new ClientServices(server.Address);

        await client.Charts.ComputeChartAsync(new ChartRequest());

        Assert.That(server.Received.Single().Header("authorization"), Is.Null);
    }

    [Test]
    public async Task A_token_changed_in_configuration_applies_to_the_next_call()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ApiToken"] = "jyk_old" })
            .Build();
        var services = new ServiceCollection()
            .Configure<JyotishikaClientOptions>(configuration)
            .AddJyotishikaClient(o => o.Address = server.Address);
        await using var provider = services.BuildServiceProvider();
        var charts = provider.GetRequiredService<ChartService.ChartServiceClient>();

        await charts.ComputeChartAsync(new ChartRequest());
        configuration["ApiToken"] = "jyk_new";
        configuration.Reload();
        await charts.ComputeChartAsync(new ChartRequest());

        Assert.That(server.Received.Select(r => r.Header("authorization")), Is.EqualTo(new[] { "Bearer jyk_old", "Bearer jyk_new" }));
    }
}
