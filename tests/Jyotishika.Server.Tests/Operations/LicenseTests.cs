using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Jyotishika.Server.Platform.Licensing;
using Jyotishika.Server.Storage.Postgres;
using Jyotishika.Server.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Jyotishika.Server.Tests.Operations;

/// <summary>
/// AGPL-3.0 §13: a network service offers its users the complete source. GET /license and the start-up notice name
/// SOURCE_URL and every component the server is built from, with its license.
/// </summary>
public sealed class LicenseTests
{
    private const string SourceUrl = "https://example.org/jyotishika/source";

    /// <summary>What the server is built from and the license each carries (SPDX identifiers; the tz database is public domain).</summary>
    private static readonly (string Name, string License)[] Required =
    [
        ("Swiss Ephemeris", "AGPL-3.0"),
        ("GeoNames", "CC-BY-4.0"),
        ("IANA Time Zone Database", "public domain"),
        ("NodaTime", "Apache-2.0"),
        ("ASP.NET Core", "MIT"),
        ("Npgsql", "PostgreSQL"),
        ("StackExchange.Redis", "MIT"),
        ("Dapper", "Apache-2.0"),
        ("Google.Protobuf", "BSD-3-Clause"),
        ("gRPC for .NET", "Apache-2.0"),
        ("prometheus-net", "MIT"),
        ("IdentityModel", "MIT"),
    ];

    [Test]
    public async Task License_names_the_source_url_and_every_component_with_its_license()
    {
        await using var server = await RunningServer.StartAsync("environment=Development", $"SOURCE_URL={SourceUrl}");

        using var response = await server.Rest.GetAsync(new Uri("/license", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var components = json.RootElement.GetProperty("components").EnumerateArray()
            .Select(c => (Name: c.GetProperty("name").GetString()!, License: c.GetProperty("license").GetString()!))
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(json.RootElement.GetProperty("license").GetString(), Is.EqualTo("AGPL-3.0"));
            Assert.That(json.RootElement.GetProperty("source").GetString(), Is.EqualTo(SourceUrl));
            foreach (var (name, license) in Required)
            {
                var listed = components.Any(c => c.Name.Contains(name, StringComparison.Ordinal) && c.License == license);
                Assert.That(listed, Is.True, $"{name} ({license}) is listed");
            }
        });
    }

    [Test]
    public void Every_package_the_server_ships_is_listed()
    {
        var license = LicenseInfo.Create(SourceUrl, "2025b", "2.10.03");

        var unlisted = ShippedPackages().Where(package => !license.Components.Any(c => Names(c.Name, package))).ToList();

        Assert.That(unlisted, Is.Empty, "add these to Licensing/LicenseInfo.cs with their licenses");
    }

    [Test]
    public void The_start_up_notice_names_the_source_url_and_every_component()
    {
        var license = LicenseInfo.Create(SourceUrl, "2025b", "2.10.03");
        var logger = new RecordingLogger();

        AgplNotice.Log(logger, license);

        var notice = logger.Messages.Single();
        Assert.Multiple(() =>
        {
            Assert.That(notice, Does.Contain("AGPL-3.0").And.Contain(SourceUrl));
            foreach (var component in license.Components)
            {
                Assert.That(notice, Does.Contain($"{component.Name} ({component.License})"));
            }
        });
    }

    /// <summary>
    /// A component names a package when it spells the package id, or a whole-segment prefix of it ("Grpc.AspNetCore"
    /// covers Grpc.AspNetCore.HealthChecks, "System.*" covers System.IO.Hashing).
    /// </summary>
    private static bool Names(string component, string package)
    {
        var segments = package.Split('.');
        return Enumerable.Range(1, segments.Length)
            .Select(count => string.Join('.', segments.Take(count)))
            .Where(prefix => prefix != "Microsoft")
            .Any(prefix => component.Contains(prefix, StringComparison.Ordinal));
    }

    /// <summary>The packages referenced by the server and the engine, less those whose assets are excluded (nothing ships).</summary>
    private static IEnumerable<string> ShippedPackages() =>
        new[] { "src/Server/Jyotishika.Server.csproj", "src/Engine/Jyotishika.Engine.csproj" }
            .SelectMany(project => XDocument.Load(RepositoryFile.PathOf(project)).Descendants("PackageReference"))
            .Where(reference => (string?)reference.Attribute("ExcludeAssets") != "all")
            .Select(reference => (string)reference.Attribute("Include")!)
            .Distinct();

    private sealed class RecordingLogger : ILogger
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(
            LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Add(formatter(state, exception));
    }
}
