using System.Net;
using Google.Protobuf.WellKnownTypes;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.Server.Tests.Profiles;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests.RateLimiting;

/// <summary>
/// Creating or updating a profile computes its chart, so both draw on the caller's calculation budget
/// (RATE_LIMIT_CALCULATIONS_PER_USER_PER_MINUTE, 3 here) exactly as chart calls do, and are refused like them;
/// reading profiles and their saved charts does not count.
/// </summary>
[TestFixture]
public sealed class ProfileCalculationLimitTests
{
    private const int Limit = 3;

    private ProfileSite site = null!;
    private ChartService.ChartServiceClient charts = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        site = await ProfileSite.StartAsync(settings: [$"RATE_LIMIT_CALCULATIONS_PER_USER_PER_MINUTE={Limit}"]);
        charts = new ChartService.ChartServiceClient(site.Site.Server.Grpc);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await site.DisposeAsync();

    [Test]
    public async Task A_user_at_the_calculation_limit_gets_RESOURCE_EXHAUSTED_from_CreateProfile_and_nothing_is_stored()
    {
        var asha = await site.SignUpAsync("asha");
        for (var i = 0; i < Limit; i++)
        {
            await charts.ComputeChartAsync(ChartRequests.Pune1991(), asha.Bearer);
        }

        var grpc = await Refusals.OfAsync(
            site.Grpc.CreateProfileAsync(new CreateProfileRequest { Profile = Births.PuneProfile("Refused") }, asha.Bearer));
        using var rest = await site.Site.SendAsync(asha.Browser, HttpMethod.Post, "/v1/profiles", Births.Profile("Refused over REST"));
        var listed = await site.Grpc.ListProfilesAsync(new ListProfilesRequest(), asha.Bearer);

        Exhaustion.AssertGrpcRefused(grpc);
        Assert.That(grpc.Status.Detail, Does.StartWith("Too many calculations for this account"));
        await Exhaustion.AssertRestRefusedAsync(rest, "CreateProfile over REST past the limit");
        Assert.That(listed.Profiles, Is.Empty, "listing is not a calculation, and the refused creations stored nothing");
        Assert.That(
            await site.CountAsSuperuserAsync("SELECT count(*) FROM profiles WHERE user_id = @UserId", new { UserId = asha.Id }),
            Is.Zero);
    }

    [Test]
    public async Task Profile_creations_and_updates_use_up_the_budget_that_chart_calls_draw_on()
    {
        var bhaskar = await site.SignUpAsync("bhaskar");
        var first = await site.CreateProfileAsync(bhaskar, "Counted");
        await site.CreateProfileAsync(bhaskar, "Counted too");
        await site.Grpc.UpdateProfileAsync(
            new UpdateProfileRequest
            {
                Profile = new Profile { Id = first.Id, Etag = first.Etag, Birth = new ChartRequest { Ayanamsha = Ayanamsha.Raman } },
                UpdateMask = new FieldMask { Paths = { "birth.ayanamsha" } },
            },
            bhaskar.Bearer);

        var chart = await Refusals.OfAsync(charts.ComputeChartAsync(ChartRequests.Pune1991(), bhaskar.Bearer));
        var rename = await Refusals.OfAsync(site.Grpc.UpdateProfileAsync(
            new UpdateProfileRequest
            {
                Profile = new Profile { Id = first.Id, Etag = "2", Name = "Renamed" },
                UpdateMask = new FieldMask { Paths = { "name" } },
            },
            bhaskar.Bearer));
        var saved = await site.Grpc.GetProfileChartAsync(new GetProfileChartRequest { ProfileId = first.Id }, bhaskar.Bearer);

        Exhaustion.AssertGrpcRefused(chart);
        Exhaustion.AssertGrpcRefused(rename);
        Assert.That(saved.Chart.Settings.Ayanamsha, Is.EqualTo(Ayanamsha.Raman), "reading the saved chart is not counted");
    }
}
