using System.Net;
using System.Text.Json;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;

namespace Jyotishika.Server.Tests;

/// <summary>Health, license and discovery endpoints that operators and tools rely on.</summary>
public sealed class OperationsEndpointTests
{
    [Test]
    public async Task Healthz_answers_ok()
    {
        using var response = await ServerFixture.Rest.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(json.RootElement.GetProperty("status").GetString(), Is.EqualTo("ok"));
    }

    [Test]
    public async Task Grpc_health_reports_serving_once_the_ephemeris_computes()
    {
        var client = new Grpc.Health.V1.Health.HealthClient(ServerFixture.Grpc);

        var response = await client.CheckAsync(new HealthCheckRequest());

        Assert.That(response.Status, Is.EqualTo(HealthCheckResponse.Types.ServingStatus.Serving));
    }

    [Test]
    public async Task License_names_AGPL_the_source_and_the_components()
    {
        using var response = await ServerFixture.Rest.GetAsync(new Uri("/license", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        var components = root.GetProperty("components").EnumerateArray()
            .Select(c => (Name: c.GetProperty("name").GetString()!, License: c.GetProperty("license").GetString()!))
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("license").GetString(), Is.EqualTo("AGPL-3.0"));
            Assert.That(root.GetProperty("source").GetString(), Is.Not.Empty);
            Assert.That(components, Has.Some.Matches<(string Name, string License)>(c => c.Name.StartsWith("Swiss Ephemeris 2.", StringComparison.Ordinal) && c.License == "AGPL-3.0"));
            Assert.That(components, Has.Some.Matches<(string Name, string License)>(c => c.Name.StartsWith("IANA Time Zone Database", StringComparison.Ordinal)));
        });
    }

    [Test]
    public async Task Reflection_lists_the_chart_and_health_services()
    {
        var client = new ServerReflection.ServerReflectionClient(ServerFixture.Grpc);
        using var call = client.ServerReflectionInfo();

        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = string.Empty });
        await call.RequestStream.CompleteAsync();
        Assert.That(await call.ResponseStream.MoveNext(CancellationToken.None), Is.True);

        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();
        Assert.That(services, Does.Contain("jyotishika.v1.ChartService").And.Contain("grpc.health.v1.Health"));
    }
}
