using System.Net;
using Dapper;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests.Profiles;

/// <summary>
/// A profile from creation to deletion, over REST and gRPC: what is stored (the birth with the chart settings it was
/// computed with), partial updates by mask or by the fields sent, the etag counting versions, and the saved chart
/// following the birth.
/// </summary>
[TestFixture]
public sealed class ProfileLifecycleTests
{
    private ProfileSite site = null!;
    private Person arjun = null!;
    private ChartService.ChartServiceClient charts = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        site = await ProfileSite.StartAsync();
        arjun = await site.SignUpAsync("arjun");
        charts = new ChartService.ChartServiceClient(site.Site.Server.Grpc);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await site.DisposeAsync();

    [Test]
    public async Task Created_profile_is_read_back_and_listed_with_the_chart_settings_it_was_computed_with()
    {
        var created = await site.CreateOverRestAsync(arjun, "Pune birth");
        var id = created["id"]!.GetValue<string>();

        var rest = await site.SendAsync(arjun, HttpMethod.Get, "/v1/profiles/" + id);
        var grpc = await site.Grpc.GetProfileAsync(new GetProfileRequest { ProfileId = id }, arjun.Bearer);
        var listed = await site.Grpc.ListProfilesAsync(new ListProfilesRequest(), arjun.Bearer);

        Assert.That(rest.Status, Is.EqualTo(HttpStatusCode.OK), rest.Body);
        var birth = rest.Json["birth"]!;
        Assert.Multiple(() =>
        {
            Assert.That(Guid.TryParse(id, out _), Is.True, id);
            Assert.That(created["etag"]!.GetValue<string>(), Is.EqualTo("1"));
            Assert.That(rest.Json["name"]!.GetValue<string>(), Is.EqualTo("Pune birth"));
            Assert.That(rest.Json["placeName"]!.GetValue<string>(), Is.EqualTo("Pune"));
            Assert.That(birth["datetime"]!.GetValue<string>(), Is.EqualTo("1991-03-25T09:46:00"));
            Assert.That(birth["tz"]!.GetValue<string>(), Is.EqualTo("Asia/Kolkata"));
            Assert.That(birth["latitude"]!.GetValue<double>(), Is.EqualTo(18.5204));
            Assert.That(birth["longitude"]!.GetValue<double>(), Is.EqualTo(73.8567));

            // Created without settings: the defaults the chart used are written in, so the profile keeps its meaning
            // should a default ever change.
            Assert.That(birth["houseSystem"]!.GetValue<string>(), Is.EqualTo("WHOLE_SIGN"));
            Assert.That(birth["ayanamsha"]!.GetValue<string>(), Is.EqualTo("LAHIRI"));
            Assert.That(birth["nodeType"]!.GetValue<string>(), Is.EqualTo("MEAN"));
            Assert.That(grpc.Birth.HouseSystem, Is.EqualTo(HouseSystem.WholeSign));
            Assert.That(grpc.Birth.Ayanamsha, Is.EqualTo(Ayanamsha.Lahiri));
            Assert.That(grpc.Birth.NodeType, Is.EqualTo(NodeType.Mean));
            Assert.That(grpc.Etag, Is.EqualTo("1"));
            Assert.That(grpc.CreateTime.ToDateTimeOffset(), Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(1)));
            Assert.That(grpc.UpdateTime, Is.EqualTo(grpc.CreateTime));
            Assert.That(grpc.DeleteTime, Is.Null);
            Assert.That(listed.Profiles.Select(p => p.Id), Does.Contain(id));
        });
    }

    [Test]
    public async Task Saved_chart_is_the_live_chart_of_the_birth_on_both_paths()
    {
        var profile = await site.CreateProfileAsync(arjun, "Chart check");

        var saved = await site.Grpc.GetProfileChartAsync(new GetProfileChartRequest { ProfileId = profile.Id }, arjun.Bearer);
        var live = await charts.ComputeChartAsync(Births.PuneProfile("unused").Birth, arjun.Bearer);
        var current = await site.SendAsync(arjun, HttpMethod.Get, $"/v1/profiles/{profile.Id}/chart");
        var older = await site.SendAsync(arjun, HttpMethod.Get, "/chart/" + profile.Id);

        Assert.Multiple(() =>
        {
            Assert.That(saved.ProfileId, Is.EqualTo(profile.Id));
            Assert.That(saved.EngineVersion, Is.Not.Empty);
            Assert.That(saved.ComputeTime.ToDateTimeOffset(), Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(1)));
            Assert.That(saved.Chart.Settings, Is.EqualTo(live.Settings));
            Assert.That(saved.Chart.Planets, Is.EqualTo(live.Planets));
            Assert.That(saved.Chart.Ascendant, Is.EqualTo(live.Ascendant));
            Assert.That(saved.Chart.Metadata.Time.Utc, Is.EqualTo(Timestamp.FromDateTimeOffset(new(1991, 3, 25, 4, 16, 0, TimeSpan.Zero))));
        });
        Assert.That(current.Status, Is.EqualTo(HttpStatusCode.OK), current.Body);
        Assert.That(older.Status, Is.EqualTo(HttpStatusCode.OK), older.Body);
        Assert.That(older.Body, Is.EqualTo(current.Body), "the older path serves the same saved chart");
        Assert.That(current.Json["chart"]!["settings"]!["ayanamsha"]!.GetValue<string>(), Is.EqualTo("LAHIRI"));
    }

    [Test]
    public async Task Update_masked_to_name_changes_only_the_name_and_keeps_the_saved_chart()
    {
        var profile = await site.CreateProfileAsync(arjun, "Before");
        var chartBefore = await site.Grpc.GetProfileChartAsync(new GetProfileChartRequest { ProfileId = profile.Id }, arjun.Bearer);
        var changes = Births.PuneProfile("After");
        changes.Id = profile.Id;
        changes.Etag = profile.Etag;
        changes.PlaceName = "Poona";
        changes.Birth.Latitude = 19.0760;

        var updated = await site.Grpc.UpdateProfileAsync(
            new UpdateProfileRequest { Profile = changes, UpdateMask = new FieldMask { Paths = { "name" } } }, arjun.Bearer);
        var chartAfter = await site.Grpc.GetProfileChartAsync(new GetProfileChartRequest { ProfileId = profile.Id }, arjun.Bearer);

        Assert.Multiple(() =>
        {
            Assert.That(updated.Name, Is.EqualTo("After"));
            Assert.That(updated.PlaceName, Is.EqualTo("Pune"), "not in the mask");
            Assert.That(updated.Birth, Is.EqualTo(profile.Birth), "not in the mask");
            Assert.That(updated.Etag, Is.EqualTo("2"));
            Assert.That(updated.UpdateTime.ToDateTimeOffset(), Is.GreaterThan(profile.UpdateTime.ToDateTimeOffset()));
            Assert.That(chartAfter, Is.EqualTo(chartBefore), "the birth did not change, so the chart is not recomputed");
        });
    }

    [Test]
    public async Task Update_masked_to_birth_ayanamsha_recomputes_the_saved_chart()
    {
        var created = await site.CreateOverRestAsync(arjun, "Ayanamsha switch");
        var id = created["id"]!.GetValue<string>();
        var lahiri = await site.Grpc.GetProfileChartAsync(new GetProfileChartRequest { ProfileId = id }, arjun.Bearer);

        // Only the masked field is sent: the rest of the birth comes from the stored profile.
        var updated = await site.SendAsync(
            arjun, HttpMethod.Patch, $"/v1/profiles/{id}?updateMask=birth.ayanamsha", """{"etag":"1","birth":{"ayanamsha":"RAMAN"}}""");
        var raman = await site.Grpc.GetProfileChartAsync(new GetProfileChartRequest { ProfileId = id }, arjun.Bearer);

        Assert.That(updated.Status, Is.EqualTo(HttpStatusCode.OK), updated.Body);
        var birth = updated.Json["birth"]!;
        Assert.Multiple(() =>
        {
            Assert.That(updated.Json["etag"]!.GetValue<string>(), Is.EqualTo("2"));
            Assert.That(updated.Json["name"]!.GetValue<string>(), Is.EqualTo("Ayanamsha switch"));
            Assert.That(birth["ayanamsha"]!.GetValue<string>(), Is.EqualTo("RAMAN"));
            Assert.That(birth["datetime"]!.GetValue<string>(), Is.EqualTo("1991-03-25T09:46:00"));
            Assert.That(birth["latitude"]!.GetValue<double>(), Is.EqualTo(18.5204));
            Assert.That(birth["houseSystem"]!.GetValue<string>(), Is.EqualTo("WHOLE_SIGN"));
            Assert.That(lahiri.Chart.Settings.Ayanamsha, Is.EqualTo(Ayanamsha.Lahiri));
            Assert.That(raman.Chart.Settings.Ayanamsha, Is.EqualTo(Ayanamsha.Raman));
        });

        // Raman's ayanamsha is about 1.4° smaller than Lahiri's in 1991, so every sidereal longitude grows by that much.
        var moonShift = Moon(raman.Chart) - Moon(lahiri.Chart);
        var ayanamshaShift = lahiri.Chart.Metadata.AyanamshaDegrees - raman.Chart.Metadata.AyanamshaDegrees;
        Assert.Multiple(() =>
        {
            Assert.That(ayanamshaShift, Is.InRange(1.0, 2.0));
            Assert.That(moonShift, Is.EqualTo(ayanamshaShift).Within(1e-6));
        });
    }

    [Test]
    public async Task Update_without_a_mask_changes_the_fields_the_request_sets_and_each_update_advances_the_etag()
    {
        var created = await site.CreateOverRestAsync(arjun, "Implied mask");
        var id = created["id"]!.GetValue<string>();

        var placed = await site.SendAsync(arjun, HttpMethod.Patch, "/v1/profiles/" + id, """{"etag":"1","placeName":"Poona"}""");
        var renamed = await site.SendAsync(
            arjun, HttpMethod.Patch, "/v1/profiles/" + id, """{"etag":"2","name":"Implied mask, renamed"}""");
        var read = await site.Grpc.GetProfileAsync(new GetProfileRequest { ProfileId = id }, arjun.Bearer);

        Assert.That(placed.Status, Is.EqualTo(HttpStatusCode.OK), placed.Body);
        Assert.That(renamed.Status, Is.EqualTo(HttpStatusCode.OK), renamed.Body);
        Assert.Multiple(() =>
        {
            Assert.That(placed.Json["etag"]!.GetValue<string>(), Is.EqualTo("2"));
            Assert.That(placed.Json["name"]!.GetValue<string>(), Is.EqualTo("Implied mask"), "not sent, so unchanged");
            Assert.That(placed.Json["placeName"]!.GetValue<string>(), Is.EqualTo("Poona"));
            Assert.That(renamed.Json["etag"]!.GetValue<string>(), Is.EqualTo("3"));
            Assert.That(read.Name, Is.EqualTo("Implied mask, renamed"));
            Assert.That(read.PlaceName, Is.EqualTo("Poona"));
            Assert.That(read.Birth.Datetime, Is.EqualTo("1991-03-25T09:46:00"));
            Assert.That(read.Etag, Is.EqualTo("3"));
        });
    }

    /// <summary>
    /// The protobuf JSON mapping writes a FieldMask in JSON field names, so REST callers mask "placeName" and
    /// "birth.houseSystem"; gRPC callers use the proto names, and both mean the same fields.
    /// </summary>
    [Test]
    public async Task REST_update_mask_in_JSON_field_names_means_the_same_fields_as_proto_names()
    {
        var created = await site.CreateOverRestAsync(arjun, "JSON mask");
        var id = created["id"]!.GetValue<string>();

        var placed = await site.SendAsync(
            arjun, HttpMethod.Patch, $"/v1/profiles/{id}?updateMask=placeName", """{"etag":"1","name":"Ignored","placeName":"Poona"}""");
        Assert.That(placed.Status, Is.EqualTo(HttpStatusCode.OK), placed.Body);
        var housed = await site.SendAsync(
            arjun,
            HttpMethod.Patch,
            $"/v1/profiles/{id}?updateMask=birth.houseSystem",
            """{"etag":"2","birth":{"houseSystem":"PLACIDUS"}}""");
        Assert.That(housed.Status, Is.EqualTo(HttpStatusCode.OK), housed.Body);
        var snake = await site.Grpc.UpdateProfileAsync(
            new UpdateProfileRequest
            {
                Profile = new Profile { Id = id, Etag = "3", PlaceName = "Pune", Birth = new ChartRequest { NodeType = NodeType.True } },
                UpdateMask = new FieldMask { Paths = { "place_name", "birth.node_type" } },
            },
            arjun.Bearer);
        var chart = await site.Grpc.GetProfileChartAsync(new GetProfileChartRequest { ProfileId = id }, arjun.Bearer);

        Assert.Multiple(() =>
        {
            Assert.That(placed.Json["name"]!.GetValue<string>(), Is.EqualTo("JSON mask"), "not in the mask");
            Assert.That(placed.Json["placeName"]!.GetValue<string>(), Is.EqualTo("Poona"));
            Assert.That(housed.Json["birth"]!["houseSystem"]!.GetValue<string>(), Is.EqualTo("PLACIDUS"));
            Assert.That(housed.Json["birth"]!["ayanamsha"]!.GetValue<string>(), Is.EqualTo("LAHIRI"), "not in the mask");
            Assert.That(
                (snake.PlaceName, snake.Birth.HouseSystem, snake.Birth.NodeType),
                Is.EqualTo(("Pune", HouseSystem.Placidus, NodeType.True)));
            Assert.That(snake.Etag, Is.EqualTo("4"));
            Assert.That(
                (chart.Chart.Settings.HouseSystem, chart.Chart.Settings.NodeType), Is.EqualTo((HouseSystem.Placidus, NodeType.True)));
        });
    }

    [Test]
    public async Task Deleted_profile_is_NOT_FOUND_everywhere_and_no_longer_listed()
    {
        var kept = await site.CreateProfileAsync(arjun, "Kept");
        var doomed = await site.CreateProfileAsync(arjun, "Doomed");

        var deleted = await site.SendAsync(arjun, HttpMethod.Delete, "/v1/profiles/" + doomed.Id);
        var rest = await site.SendAsync(arjun, HttpMethod.Get, "/v1/profiles/" + doomed.Id);
        var chart = await site.SendAsync(arjun, HttpMethod.Get, $"/v1/profiles/{doomed.Id}/chart");
        var again = await site.SendAsync(arjun, HttpMethod.Delete, "/v1/profiles/" + doomed.Id);
        var grpc = await Refusals.OfAsync(site.Grpc.GetProfileAsync(new GetProfileRequest { ProfileId = doomed.Id }, arjun.Bearer));
        var listed = await site.Grpc.ListProfilesAsync(new ListProfilesRequest { PageSize = 100 }, arjun.Bearer);

        Assert.That(deleted.Status, Is.EqualTo(HttpStatusCode.OK), deleted.Body);
        Assert.Multiple(() =>
        {
            Assert.That(rest.Status, Is.EqualTo(HttpStatusCode.NotFound), rest.Body);
            Assert.That(rest.Code, Is.EqualTo((int)StatusCode.NotFound));
            Assert.That(chart.Status, Is.EqualTo(HttpStatusCode.NotFound), chart.Body);
            Assert.That(again.Status, Is.EqualTo(HttpStatusCode.NotFound), "deleting twice finds nothing the second time");
            Assert.That(grpc.StatusCode, Is.EqualTo(StatusCode.NotFound));
            Assert.That(listed.Profiles.Select(p => p.Id), Does.Contain(kept.Id).And.No.Contain(doomed.Id));
        });
    }

    [Test]
    public async Task Saved_chart_that_is_missing_or_from_another_engine_version_is_recomputed_on_read_and_saved_again()
    {
        var stale = await site.CreateProfileAsync(arjun, "Stale chart");
        var missing = await site.CreateProfileAsync(arjun, "Lost chart");
        var fresh = await site.Grpc.GetProfileChartAsync(new GetProfileChartRequest { ProfileId = stale.Id }, arjun.Bearer);
        await using (var connection = site.OpenAsSuperuser())
        {
            await connection.ExecuteAsync(
                "UPDATE charts SET engine_version = 'jyotishika-chart/0', result = '{}' WHERE profile_id = @Id",
                new { Id = Guid.Parse(stale.Id) });
            await connection.ExecuteAsync("DELETE FROM charts WHERE profile_id = @Id", new { Id = Guid.Parse(missing.Id) });
        }

        var recomputed = await site.Grpc.GetProfileChartAsync(new GetProfileChartRequest { ProfileId = stale.Id }, arjun.Bearer);
        var restored = await site.Grpc.GetProfileChartAsync(new GetProfileChartRequest { ProfileId = missing.Id }, arjun.Bearer);

        var staleRow = await site.SuperuserRowAsync("charts", stale.Id, "profile_id");
        var missingRow = await site.SuperuserRowAsync("charts", missing.Id, "profile_id");

        Assert.Multiple(() =>
        {
            Assert.That(recomputed.EngineVersion, Is.EqualTo(fresh.EngineVersion));
            Assert.That(recomputed.Chart.Planets, Is.EqualTo(fresh.Chart.Planets));
            Assert.That(restored.Chart.Planets, Is.EqualTo(fresh.Chart.Planets));
            Assert.That(staleRow, Does.Contain(fresh.EngineVersion), "the recomputed chart is saved");
            Assert.That(missingRow, Is.Not.Null, "the recomputed chart is saved");
        });
    }

    [Test]
    public async Task Notes_are_created_listed_newest_first_updated_and_deleted()
    {
        var profile = await site.CreateProfileAsync(arjun, "With notes");
        var path = $"/v1/profiles/{profile.Id}/notes";

        var first = await site.SendAsync(arjun, HttpMethod.Post, path, """{"title":"Lagna","body":"Gemini rising"}""");
        var second = await site.CreateNoteAsync(arjun, profile.Id, "Moon", "Leo");
        var firstId = first.Json["id"]!.GetValue<string>();
        var listed = await site.SendAsync(arjun, HttpMethod.Get, path);
        var updated = await site.SendAsync(
            arjun, HttpMethod.Patch, $"/v1/notes/{firstId}?updateMask=body", """{"etag":"1","body":"Gemini, 7°"}""");
        var deleted = await site.SendAsync(arjun, HttpMethod.Delete, $"/v1/notes/{second.Id}");
        var remaining = await site.Grpc.ListNotesAsync(new ListNotesRequest { ProfileId = profile.Id }, arjun.Bearer);
        var deletedAgain = await Refusals.OfAsync(site.Grpc.DeleteNoteAsync(new DeleteNoteRequest { NoteId = second.Id }, arjun.Bearer));

        Assert.That(first.Status, Is.EqualTo(HttpStatusCode.OK), first.Body);
        Assert.That(updated.Status, Is.EqualTo(HttpStatusCode.OK), updated.Body);
        Assert.That(deleted.Status, Is.EqualTo(HttpStatusCode.OK), deleted.Body);
        Assert.Multiple(() =>
        {
            Assert.That(first.Json["profileId"]!.GetValue<string>(), Is.EqualTo(profile.Id), "set by the path");
            Assert.That(first.Json["etag"]!.GetValue<string>(), Is.EqualTo("1"));
            Assert.That(
                listed.Json["notes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()),
                Is.EqualTo(new[] { "Moon", "Lagna" }),
                "newest first");
            Assert.That(updated.Json["title"]!.GetValue<string>(), Is.EqualTo("Lagna"), "not in the mask");
            Assert.That(updated.Json["body"]!.GetValue<string>(), Is.EqualTo("Gemini, 7°"));
            Assert.That(updated.Json["etag"]!.GetValue<string>(), Is.EqualTo("2"));
            Assert.That(remaining.Notes.Select(n => (n.Id, n.Body, n.Etag)), Is.EqualTo(new[] { (firstId, "Gemini, 7°", "2") }));
            Assert.That(deletedAgain.StatusCode, Is.EqualTo(StatusCode.NotFound));
        });
    }

    [Test]
    public async Task Notes_of_a_deleted_profile_go_with_it()
    {
        var profile = await site.CreateProfileAsync(arjun, "Noted, then deleted");
        var note = await site.CreateNoteAsync(arjun, profile.Id, "Orphan to be");

        await site.Grpc.DeleteProfileAsync(new DeleteProfileRequest { ProfileId = profile.Id }, arjun.Bearer);
        var refusals = new[]
        {
            await Refusals.OfAsync(site.Grpc.ListNotesAsync(new ListNotesRequest { ProfileId = profile.Id }, arjun.Bearer)),
            await Refusals.OfAsync(site.Grpc.CreateNoteAsync(
                new CreateNoteRequest { ProfileId = profile.Id, Note = new Note { Title = "Too late" } }, arjun.Bearer)),
            await Refusals.OfAsync(site.Grpc.UpdateNoteAsync(
                new UpdateNoteRequest { Note = new Note { Id = note.Id, Etag = "1", Title = "Too late" } }, arjun.Bearer)),
            await Refusals.OfAsync(site.Grpc.DeleteNoteAsync(new DeleteNoteRequest { NoteId = note.Id }, arjun.Bearer)),
        };

        Assert.That(refusals.Select(r => r.StatusCode), Is.All.EqualTo(StatusCode.NotFound));
        Assert.That(await site.SuperuserRowAsync("notes", note.Id), Does.Contain("Orphan to be"), "kept until the retention purge");
    }

    private static double Moon(ChartResponse chart) => chart.Planets.Single(p => p.Planet == Planet.Moon).Longitude;
}
