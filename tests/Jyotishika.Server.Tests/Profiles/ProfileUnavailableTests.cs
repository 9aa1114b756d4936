using System.Diagnostics;
using System.Net;
using Grpc.Core;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests.Profiles;

/// <summary>
/// PostgreSQL down: profile calls answer UNAVAILABLE (503), never a 500 or an empty list that would look like lost data;
/// calculations, which need no database, go on; and the same server serves profiles again once PostgreSQL is back.
/// </summary>
[TestFixture]
public sealed class ProfileUnavailableTests
{
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(20);

    [Test]
    public async Task Profile_calls_are_UNAVAILABLE_while_postgres_is_down_and_work_again_after_it_returns()
    {
        await using var postgres = await LocalPostgres.StartAsync();
        await using var site = await ProfileSite.StartAsync("Development", postgres);
        var hari = await site.SignUpAsync("hari");
        var profile = await site.CreateProfileAsync(hari, "Before the outage");

        await postgres.StopAsync();

        // A session needs only Redis, so these reach the profile service itself; a token cannot even be checked.
        var restList = await site.SendAsync(hari, HttpMethod.Get, "/v1/profiles");
        var restCreate = await site.SendAsync(hari, HttpMethod.Post, "/v1/profiles", Births.Profile("During the outage"));
        var grpcGet = await Refusals.OfAsync(site.Grpc.GetProfileAsync(new GetProfileRequest { ProfileId = profile.Id }, hari.Session));
        var grpcWithToken = await Refusals.OfAsync(site.Grpc.ListProfilesAsync(new ListProfilesRequest(), hari.Bearer));
        var chart = await new ChartService.ChartServiceClient(site.Site.Server.Grpc).ComputeChartAsync(Births.PuneProfile("live").Birth);

        Assert.Multiple(() =>
        {
            Assert.That(restList.Status, Is.EqualTo(HttpStatusCode.ServiceUnavailable), restList.Body);
            Assert.That(restList.Code, Is.EqualTo((int)StatusCode.Unavailable));
            Assert.That(restCreate.Status, Is.EqualTo(HttpStatusCode.ServiceUnavailable), restCreate.Body);
            Assert.That(restList.Body, Does.Not.Contain("Npgsql").And.Not.Contain(postgres.Password));
            Assert.That(grpcGet.StatusCode, Is.EqualTo(StatusCode.Unavailable), grpcGet.Status.Detail);
            Assert.That(grpcWithToken.StatusCode, Is.EqualTo(StatusCode.Unavailable), grpcWithToken.Status.Detail);
            Assert.That(chart.Planets, Is.Not.Empty, "calculations need no database");
        });

        await postgres.StartAgainAsync();
        var elapsed = Stopwatch.StartNew();
        RestAnswer listed;
        do
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250));
            listed = await site.SendAsync(hari, HttpMethod.Get, "/v1/profiles");
        }
        while (listed.Status != HttpStatusCode.OK && elapsed.Elapsed < Recovery);

        Assert.That(listed.Status, Is.EqualTo(HttpStatusCode.OK), $"the server reconnects by itself; last answer {listed}");
        var names = listed.Json["profiles"]!.AsArray().Select(p => p!["name"]!.GetValue<string>());
        Assert.That(names, Is.EqualTo(new[] { "Before the outage" }), "nothing was lost, and nothing half-written during the outage");
        var again = await site.Grpc.GetProfileAsync(new GetProfileRequest { ProfileId = profile.Id }, hari.Bearer);
        Assert.That(again, Is.EqualTo(profile));
    }
}
