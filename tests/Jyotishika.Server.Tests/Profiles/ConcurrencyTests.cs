using System.Net;
using System.Text.Json.Nodes;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests.Profiles;

/// <summary>
/// Two tabs editing the same profile or note: both read etag "1", the first write wins and the second, still holding
/// "1", is refused (ABORTED, REST 409) instead of silently overwriting it. An update without an etag is refused outright.
/// </summary>
[TestFixture]
public sealed class ConcurrencyTests
{
    private ProfileSite site = null!;
    private Person chitra = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        site = await ProfileSite.StartAsync();
        chitra = await site.SignUpAsync("chitra");
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await site.DisposeAsync();

    [Test]
    public async Task Stale_profile_etag_is_ABORTED_over_gRPC_and_the_first_change_stays()
    {
        var id = (await site.CreateProfileAsync(chitra, "Two tabs")).Id;
        var firstTab = await site.Grpc.GetProfileAsync(new GetProfileRequest { ProfileId = id }, chitra.Bearer);
        var secondTab = await site.Grpc.GetProfileAsync(new GetProfileRequest { ProfileId = id }, chitra.Bearer);

        var first = await site.Grpc.UpdateProfileAsync(Rename(firstTab, "First tab"), chitra.Bearer);
        var second = await Refusals.OfAsync(site.Grpc.UpdateProfileAsync(Rename(secondTab, "Second tab"), chitra.Bearer));
        var stored = await site.Grpc.GetProfileAsync(new GetProfileRequest { ProfileId = id }, chitra.Bearer);

        Assert.Multiple(() =>
        {
            Assert.That(firstTab.Etag, Is.EqualTo("1"));
            Assert.That(secondTab.Etag, Is.EqualTo("1"));
            Assert.That(first.Etag, Is.EqualTo("2"));
            Assert.That(second.StatusCode, Is.EqualTo(StatusCode.Aborted), second.Status.Detail);
            Assert.That(stored.Name, Is.EqualTo("First tab"));
            Assert.That(stored.Etag, Is.EqualTo("2"));
        });
    }

    [Test]
    public async Task Stale_profile_etag_is_409_over_REST_and_the_first_change_stays()
    {
        var id = (await site.CreateProfileAsync(chitra, "Two REST tabs")).Id;
        var path = $"/v1/profiles/{id}?updateMask=name";

        var first = await site.SendAsync(chitra, HttpMethod.Patch, path, """{"etag":"1","name":"First tab"}""");
        var second = await site.SendAsync(chitra, HttpMethod.Patch, path, """{"etag":"1","name":"Second tab"}""");
        var stored = await site.SendAsync(chitra, HttpMethod.Get, "/v1/profiles/" + id);

        Assert.That(first.Status, Is.EqualTo(HttpStatusCode.OK), first.Body);
        Assert.Multiple(() =>
        {
            Assert.That(first.Json["etag"]!.GetValue<string>(), Is.EqualTo("2"));
            Assert.That(second.Status, Is.EqualTo(HttpStatusCode.Conflict), second.Body);
            Assert.That(second.Code, Is.EqualTo((int)StatusCode.Aborted));
            Assert.That(stored.Json["name"]!.GetValue<string>(), Is.EqualTo("First tab"));
            Assert.That(stored.Json["etag"]!.GetValue<string>(), Is.EqualTo("2"));
        });
    }

    [Test]
    public async Task Of_many_simultaneous_updates_from_the_same_etag_exactly_one_wins()
    {
        var id = (await site.CreateProfileAsync(chitra, "Race")).Id;
        string[] ayanamshas =
            ["RAMAN", "KRISHNAMURTI", "FAGAN_BRADLEY", "YUKTESHWAR", "TRUE_CITRA", "JN_BHASIN", "SURYASIDDHANTA", "ARYABHATA"];

        // Each writer changes the birth, so each also computes and saves a chart inside its transaction.
        var answers = await Task.WhenAll(ayanamshas.Select(ayanamsha => site.SendAsync(
            chitra,
            HttpMethod.Patch,
            $"/v1/profiles/{id}?updateMask=name,birth.ayanamsha",
            new JsonObject
            {
                ["etag"] = "1",
                ["name"] = ayanamsha,
                ["birth"] = new JsonObject { ["ayanamsha"] = ayanamsha },
            }.ToJsonString())));
        var stored = await site.Grpc.GetProfileAsync(new GetProfileRequest { ProfileId = id }, chitra.Bearer);
        var chart = await site.Grpc.GetProfileChartAsync(new GetProfileChartRequest { ProfileId = id }, chitra.Bearer);

        var winners = answers.Where(a => a.Status == HttpStatusCode.OK).ToList();
        Assert.That(winners, Has.Count.EqualTo(1), string.Join("\n", answers.Select(a => a.ToString())));
        Assert.That(answers.Where(a => a.Status != HttpStatusCode.OK).Select(a => a.Status), Is.All.EqualTo(HttpStatusCode.Conflict));
        var winner = winners.Single().Json["name"]!.GetValue<string>();
        Assert.Multiple(() =>
        {
            Assert.That(stored.Etag, Is.EqualTo("2"));
            Assert.That(stored.Name, Is.EqualTo(winner));
            Assert.That(
                stored.Birth.Ayanamsha.ToString(), Is.EqualTo(winner.Replace("_", string.Empty, StringComparison.Ordinal)).IgnoreCase);
            Assert.That(chart.Chart.Settings.Ayanamsha, Is.EqualTo(stored.Birth.Ayanamsha), "the saved chart is the winner's");
        });
    }

    [Test]
    public async Task Profile_update_without_an_etag_is_INVALID_ARGUMENT_naming_profile_etag()
    {
        var profile = await site.CreateProfileAsync(chitra, "No etag");
        var withoutEtag = Rename(profile, "Blind write");
        withoutEtag.Profile.Etag = string.Empty;

        var grpc = await Refusals.OfAsync(site.Grpc.UpdateProfileAsync(withoutEtag, chitra.Bearer));
        var rest = await site.SendAsync(
            chitra, HttpMethod.Patch, $"/v1/profiles/{profile.Id}?updateMask=name", """{"name":"Blind write"}""");
        var stored = await site.Grpc.GetProfileAsync(new GetProfileRequest { ProfileId = profile.Id }, chitra.Bearer);

        Assert.That(Refusals.ViolatedFields(grpc), Is.EqualTo(new[] { "profile.etag" }));
        Assert.That(rest.Status, Is.EqualTo(HttpStatusCode.BadRequest), rest.Body);
        Assert.That(rest.ViolatedFields, Is.EqualTo(new[] { "profile.etag" }));
        Assert.That((stored.Name, stored.Etag), Is.EqualTo(("No etag", "1")));
    }

    [Test]
    public async Task Stale_note_etag_is_ABORTED_over_gRPC_and_409_over_REST_and_the_first_change_stays()
    {
        var profile = await site.CreateProfileAsync(chitra, "Noted");
        var note = await site.CreateNoteAsync(chitra, profile.Id, "Draft", "Saturn in the tenth");

        var first = await site.Grpc.UpdateNoteAsync(Retitle(note, "First tab"), chitra.Bearer);
        var staleGrpc = await Refusals.OfAsync(site.Grpc.UpdateNoteAsync(Retitle(note, "Second tab"), chitra.Bearer));
        var staleRest = await site.SendAsync(
            chitra, HttpMethod.Patch, $"/v1/notes/{note.Id}?updateMask=title", """{"etag":"1","title":"Third tab"}""");
        var stored = (await site.Grpc.ListNotesAsync(new ListNotesRequest { ProfileId = profile.Id }, chitra.Bearer)).Notes.Single();

        Assert.Multiple(() =>
        {
            Assert.That(note.Etag, Is.EqualTo("1"));
            Assert.That(first.Etag, Is.EqualTo("2"));
            Assert.That(staleGrpc.StatusCode, Is.EqualTo(StatusCode.Aborted), staleGrpc.Status.Detail);
            Assert.That(staleRest.Status, Is.EqualTo(HttpStatusCode.Conflict), staleRest.Body);
            Assert.That(staleRest.Code, Is.EqualTo((int)StatusCode.Aborted));
            Assert.That((stored.Title, stored.Body, stored.Etag), Is.EqualTo(("First tab", "Saturn in the tenth", "2")));
        });
    }

    [Test]
    public async Task Note_update_without_an_etag_is_INVALID_ARGUMENT_naming_note_etag()
    {
        var profile = await site.CreateProfileAsync(chitra, "Noted, no etag");
        var note = await site.CreateNoteAsync(chitra, profile.Id, "Draft");
        var withoutEtag = Retitle(note, "Blind write");
        withoutEtag.Note.Etag = string.Empty;

        var grpc = await Refusals.OfAsync(site.Grpc.UpdateNoteAsync(withoutEtag, chitra.Bearer));
        var rest = await site.SendAsync(chitra, HttpMethod.Patch, $"/v1/notes/{note.Id}", """{"title":"Blind write"}""");
        var stored = (await site.Grpc.ListNotesAsync(new ListNotesRequest { ProfileId = profile.Id }, chitra.Bearer)).Notes.Single();

        Assert.That(Refusals.ViolatedFields(grpc), Is.EqualTo(new[] { "note.etag" }));
        Assert.That(rest.Status, Is.EqualTo(HttpStatusCode.BadRequest), rest.Body);
        Assert.That(rest.ViolatedFields, Is.EqualTo(new[] { "note.etag" }));
        Assert.That((stored.Title, stored.Etag), Is.EqualTo(("Draft", "1")));
    }

    /// <summary>What a tab sends to rename the profile it read: id and etag as read, only the name masked.</summary>
    private static UpdateProfileRequest Rename(Profile read, string name) => new()
    {
        Profile = new Profile { Id = read.Id, Etag = read.Etag, Name = name },
        UpdateMask = new FieldMask { Paths = { "name" } },
    };

    private static UpdateNoteRequest Retitle(Note read, string title) => new()
    {
        Note = new Note { Id = read.Id, Etag = read.Etag, Title = title },
        UpdateMask = new FieldMask { Paths = { "title" } },
    };
}
