using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Google.Protobuf;
using Grpc.Core;
using Jyotishika.Server.Tests.Auth;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests.ClientPackage;

/// <summary>
/// The Jyotishika.Client package as a user gets it: packed from src/Client, installed from a folder feed into a fresh
/// console app whose Program.cs is the README's example, run against a real server that requires a caller
/// (REQUIRE_AUTH_FOR_CALCULATIONS) with a real API token, so the bearer credentials are proven over cleartext HTTP/2.
/// </summary>
[TestFixture]
public sealed partial class ClientPackageInstallTests
{
    [Test]
    public async Task The_README_example_installed_from_the_packed_package_computes_a_chart_with_an_API_token()
    {
        await using var site = await SignInSite.StartAsync(settings: ["REQUIRE_AUTH_FOR_CALCULATIONS=true"]);
        var token = await CreateApiTokenAsync(site);
        var charts = new ChartService.ChartServiceClient(site.Server.Grpc);
        var expected = await charts.ComputeChartAsync(ReadmeBirth(), new Metadata { { "authorization", "Bearer " + token } });
        var anonymous = Assert.ThrowsAsync<RpcException>(async () => await charts.ComputeChartAsync(ReadmeBirth()))!;
        Assert.That(anonymous.StatusCode, Is.EqualTo(StatusCode.Unauthenticated), "the server refuses calculations without a token");

        using var workspace = new ConsoleAppWorkspace();
        await workspace.PackClientAsync();
        await workspace.CreateAppAsync(ReadmeExample.Code());
        var output = await workspace.RunAppAsync(new Dictionary<string, string?>
        {
            ["JYOTISHIKA_ADDRESS"] = $"http://127.0.0.1:{site.Server.GrpcPort}",
            ["JYOTISHIKA_TOKEN"] = token,
            ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1",
        });

        var printed = AscendantLine().Match(output);
        Assert.That(printed.Success, Is.True, "the example prints the ascendant:\n" + output);
        Assert.Multiple(() =>
        {
            Assert.That(
                double.Parse(printed.Groups["longitude"].Value, CultureInfo.InvariantCulture),
                Is.EqualTo(expected.Ascendant.Longitude).Within(1e-6));
            Assert.That(printed.Groups["rest"].Value, Does.Contain(expected.Ascendant.Sign));
        });
    }

    /// <summary>The birth the README's example asks for (Pune, 25 March 1991, 09:46 IST).</summary>
    private static ChartRequest ReadmeBirth() =>
        new() { Datetime = "1991-03-25T09:46:00", Tz = "Asia/Kolkata", Latitude = 18.5204, Longitude = 73.8567 };

    /// <summary>Signs a newcomer in through the fake Google issuer and makes a personal API token, as a user does in a browser.</summary>
    private static async Task<string> CreateApiTokenAsync(SignInSite site)
    {
        var user = new FakeUser("sub-package-user", "package-user@example.com", "Package User");
        await site.ApproveAsync(user.Email);
        using var browser = new TestBrowser();
        using var landed = await site.SignInAsync(browser, user);
        using var created = await site.SendAsync(browser, HttpMethod.Post, "/v1/tokens", """{"name":"client package test"}""");
        var body = await created.Content.ReadAsStringAsync();
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonParser.Default.Parse<CreateApiTokenResponse>(body).Secret;
    }

    [GeneratedRegex(@"Ascendant (?<longitude>\d+\.\d+)°(?<rest>.*)$", RegexOptions.Multiline)]
    private static partial Regex AscendantLine();
}
