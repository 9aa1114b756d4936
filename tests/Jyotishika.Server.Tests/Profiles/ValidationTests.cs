using System.Net;
using System.Text.Json.Nodes;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests.Profiles;

/// <summary>
/// Bad input is INVALID_ARGUMENT naming each field by its request path ("profile.birth.latitude"), over REST and gRPC
/// alike, and a refused request writes nothing: the rows are counted as the superuser, past row-level security.
/// </summary>
[TestFixture]
public sealed class ValidationTests
{
    private static readonly (string Name, Action<Profile> Break, string Field)[] BadProfiles =
    [
        ("empty name", p => p.Name = string.Empty, "profile.name"),
        ("blank name", p => p.Name = "   ", "profile.name"),
        ("201-character name", p => p.Name = new string('n', 201), "profile.name"),
        ("name with a line break", p => p.Name = "Pune\nbirth", "profile.name"),
        ("201-character place", p => p.PlaceName = new string('p', 201), "profile.placeName"),
        ("no birth", p => p.Birth = null, "profile.birth"),
        ("latitude 95", p => p.Birth.Latitude = 95, "profile.birth.latitude"),
        ("no longitude", p => p.Birth.ClearLongitude(), "profile.birth.longitude"),
        ("month 13", p => p.Birth.Datetime = "1991-13-45T09:46:00", "profile.birth.datetime"),
        ("unknown zone", p => p.Birth.Tz = "Nowhere/Special", "profile.birth.tz"),
    ];

    private ProfileSite site = null!;
    private Person dhruv = null!;
    private Profile existing = null!;
    private Note existingNote = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        site = await ProfileSite.StartAsync();
        dhruv = await site.SignUpAsync("dhruv");
        existing = await site.CreateProfileAsync(dhruv, "Existing");
        existingNote = await site.CreateNoteAsync(dhruv, existing.Id, "Existing note");
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await site.DisposeAsync();

    private static IEnumerable<TestCaseData> BadProfileCases() =>
        BadProfiles.Select(c => new TestCaseData(c.Break, c.Field).SetArgDisplayNames(c.Name));

    [TestCaseSource(nameof(BadProfileCases))]
    public async Task Bad_profile_is_refused_over_gRPC_naming_the_field_and_nothing_is_stored(Action<Profile> breakProfile, string field)
    {
        ArgumentNullException.ThrowIfNull(breakProfile);
        var profile = Births.PuneProfile("Bad");
        breakProfile(profile);
        var before = await CountRowsAsync();

        var refused = await Refusals.OfAsync(site.Grpc.CreateProfileAsync(new CreateProfileRequest { Profile = profile }, dhruv.Bearer));

        Assert.That(Refusals.ViolatedFields(refused), Is.EqualTo(new[] { field }));
        Assert.That(await CountRowsAsync(), Is.EqualTo(before));
    }

    [TestCaseSource(nameof(BadProfileCases))]
    public async Task Bad_profile_is_refused_over_REST_naming_the_field_and_nothing_is_stored(Action<Profile> breakProfile, string field)
    {
        ArgumentNullException.ThrowIfNull(breakProfile);
        var profile = Births.PuneProfile("Bad");
        breakProfile(profile);
        var before = await CountRowsAsync();

        var refused = await site.SendAsync(dhruv, HttpMethod.Post, "/v1/profiles", JsonFormatter.Default.Format(profile));

        Assert.That(refused.Status, Is.EqualTo(HttpStatusCode.BadRequest), refused.Body);
        Assert.That(refused.ViolatedFields, Is.EqualTo(new[] { field }));
        Assert.That(await CountRowsAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Every_bad_field_of_one_request_is_named_at_once()
    {
        var refused = await site.SendAsync(
            dhruv,
            HttpMethod.Post,
            "/v1/profiles",
            """{"name":"","birth":{"datetime":"1991-03-25T09:46:00","tz":"Asia/Kolkata","latitude":95,"longitude":73.8567}}""");

        Assert.That(refused.Status, Is.EqualTo(HttpStatusCode.BadRequest), refused.Body);
        Assert.That(refused.ViolatedFields, Is.EquivalentTo(new[] { "profile.name", "profile.birth.latitude" }));
    }

    [Test]
    public async Task Bad_update_is_refused_naming_the_field_and_the_profile_is_unchanged()
    {
        var before = await site.SuperuserRowAsync("profiles", existing.Id);

        var rest = await site.SendAsync(
            dhruv,
            HttpMethod.Patch,
            $"/v1/profiles/{existing.Id}?updateMask=name,birth.latitude",
            """{"etag":"1","name":"","birth":{"latitude":-91}}""");
        var grpc = await Refusals.OfAsync(site.Grpc.UpdateProfileAsync(
            new UpdateProfileRequest
            {
                Profile = new Profile { Id = existing.Id, Etag = "1", PlaceName = new string('p', 201) },
                UpdateMask = new FieldMask { Paths = { "place_name" } },
            },
            dhruv.Bearer));

        Assert.That(rest.Status, Is.EqualTo(HttpStatusCode.BadRequest), rest.Body);
        Assert.That(rest.ViolatedFields, Is.EquivalentTo(new[] { "profile.name", "profile.birth.latitude" }));
        Assert.That(Refusals.ViolatedFields(grpc), Is.EqualTo(new[] { "profile.placeName" }));
        Assert.That(await site.SuperuserRowAsync("profiles", existing.Id), Is.EqualTo(before));
    }

    [TestCase("id")]
    [TestCase("bogus")]
    [TestCase("etag")]
    [TestCase("birth.bogus")]
    public async Task Update_mask_naming_anything_but_a_mutable_field_is_INVALID_ARGUMENT_naming_updateMask(string path)
    {
        var before = await site.SuperuserRowAsync("profiles", existing.Id);

        var rest = await site.SendAsync(
            dhruv, HttpMethod.Patch, $"/v1/profiles/{existing.Id}?updateMask={path}", """{"etag":"1","name":"Masked"}""");
        var grpc = await Refusals.OfAsync(site.Grpc.UpdateProfileAsync(
            new UpdateProfileRequest
            {
                Profile = new Profile { Id = existing.Id, Etag = "1", Name = "Masked" },
                UpdateMask = new FieldMask { Paths = { path } },
            },
            dhruv.Bearer));

        Assert.That(rest.Status, Is.EqualTo(HttpStatusCode.BadRequest), rest.Body);
        Assert.That(rest.ViolatedFields, Is.EqualTo(new[] { "updateMask" }));
        Assert.That(Refusals.ViolatedFields(grpc), Is.EqualTo(new[] { "updateMask" }));
        Assert.That(await site.SuperuserRowAsync("profiles", existing.Id), Is.EqualTo(before));
    }

    private static IEnumerable<TestCaseData> BadNotes() =>
    [
        new TestCaseData(string.Empty, string.Empty, "note.title").SetArgDisplayNames("empty title"),
        new TestCaseData(new string('t', 201), string.Empty, "note.title").SetArgDisplayNames("201-character title"),
        new TestCaseData("Fine", new string('b', 5001), "note.body").SetArgDisplayNames("5001-character body"),
        new TestCaseData("Fine", "before\0after", "note.body").SetArgDisplayNames("NUL in the body"),
        new TestCaseData("Tab\there", string.Empty, "note.title").SetArgDisplayNames("control character in the title"),
    ];

    [TestCaseSource(nameof(BadNotes))]
    public async Task Bad_note_is_refused_naming_the_field_and_nothing_is_stored(string title, string body, string field)
    {
        var before = await CountRowsAsync();
        var json = new JsonObject { ["title"] = title, ["body"] = body }.ToJsonString();

        var rest = await site.SendAsync(dhruv, HttpMethod.Post, $"/v1/profiles/{existing.Id}/notes", json);
        var grpc = await Refusals.OfAsync(site.Grpc.CreateNoteAsync(
            new CreateNoteRequest { ProfileId = existing.Id, Note = new Note { Title = title, Body = body } }, dhruv.Bearer));
        var update = await Refusals.OfAsync(site.Grpc.UpdateNoteAsync(
            new UpdateNoteRequest
            {
                Note = new Note { Id = existingNote.Id, Etag = "1", Title = title, Body = body },
                UpdateMask = new FieldMask { Paths = { "title", "body" } },
            },
            dhruv.Bearer));

        Assert.That(rest.Status, Is.EqualTo(HttpStatusCode.BadRequest), rest.Body);
        Assert.That(rest.ViolatedFields, Is.EqualTo(new[] { field }));
        Assert.That(Refusals.ViolatedFields(grpc), Is.EqualTo(new[] { field }));
        Assert.That(Refusals.ViolatedFields(update), Is.EqualTo(new[] { field }));
        Assert.That(await CountRowsAsync(), Is.EqualTo(before));
        Assert.That(await site.SuperuserRowAsync("notes", existingNote.Id), Does.Contain("\"version\":1"));
    }

    [TestCase("""{"title":"\ud800 lone surrogate"}""")]
    [TestCase("""{"title":"Fine","body":"\u0000"}""")]
    public async Task Text_no_database_can_store_is_refused_never_a_server_error(string json)
    {
        var before = await CountRowsAsync();

        var refused = await site.SendAsync(dhruv, HttpMethod.Post, $"/v1/profiles/{existing.Id}/notes", json);

        Assert.That(refused.Status, Is.EqualTo(HttpStatusCode.BadRequest), refused.Body);
        Assert.That(await CountRowsAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Longest_allowed_values_are_accepted()
    {
        var profile = Births.PuneProfile(new string('n', 200));
        profile.PlaceName = new string('p', 200);

        var created = await site.Grpc.CreateProfileAsync(new CreateProfileRequest { Profile = profile }, dhruv.Bearer);
        var note = await site.CreateNoteAsync(dhruv, created.Id, new string('t', 200), new string('b', 5000));

        Assert.That((created.Name.Length, created.PlaceName.Length), Is.EqualTo((200, 200)));
        Assert.That((note.Title.Length, note.Body.Length), Is.EqualTo((200, 5000)));
    }

    private static IEnumerable<TestCaseData> MalformedIds() =>
    [
        new TestCaseData("GET", "/v1/profiles/not-a-uuid", null, "profileId"),
        new TestCaseData("PATCH", "/v1/profiles/not-a-uuid", """{"etag":"1","name":"x"}""", "profile.id"),
        new TestCaseData("DELETE", "/v1/profiles/not-a-uuid", null, "profileId"),
        new TestCaseData("GET", "/v1/profiles/not-a-uuid/chart", null, "profileId"),
        new TestCaseData("GET", "/chart/not-a-uuid", null, "profileId"),
        new TestCaseData("POST", "/v1/profiles/not-a-uuid/notes", """{"title":"x"}""", "profileId"),
        new TestCaseData("GET", "/v1/profiles/not-a-uuid/notes", null, "profileId"),
        new TestCaseData("PATCH", "/v1/notes/not-a-uuid", """{"etag":"1","title":"x"}""", "note.id"),
        new TestCaseData("DELETE", "/v1/notes/not-a-uuid", null, "noteId"),
    ];

    [TestCaseSource(nameof(MalformedIds))]
    public async Task Malformed_id_is_INVALID_ARGUMENT_naming_it(string method, string path, string? body, string field)
    {
        var before = await CountRowsAsync();

        var refused = await site.SendAsync(dhruv, new HttpMethod(method), path, body);

        Assert.That(refused.Status, Is.EqualTo(HttpStatusCode.BadRequest), refused.Body);
        Assert.That(refused.ViolatedFields, Is.EqualTo(new[] { field }));
        Assert.That(await CountRowsAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Malformed_ids_over_gRPC_are_INVALID_ARGUMENT_naming_them()
    {
        var headers = dhruv.Bearer;
        var refusals = new[]
        {
            (await Refusals.OfAsync(site.Grpc.GetProfileAsync(new GetProfileRequest { ProfileId = "42" }, headers)), "profileId"),
            (await Refusals.OfAsync(site.Grpc.GetProfileChartAsync(new GetProfileChartRequest(), headers)), "profileId"),
            (await Refusals.OfAsync(site.Grpc.DeleteProfileAsync(new DeleteProfileRequest { ProfileId = "x" }, headers)), "profileId"),
            (await Refusals.OfAsync(site.Grpc.UpdateProfileAsync(
                new UpdateProfileRequest { Profile = new Profile { Id = "x", Etag = "1", Name = "x" } }, headers)), "profile.id"),
            (await Refusals.OfAsync(site.Grpc.ListNotesAsync(new ListNotesRequest { ProfileId = "x" }, headers)), "profileId"),
            (await Refusals.OfAsync(site.Grpc.CreateNoteAsync(
                new CreateNoteRequest { ProfileId = "x", Note = new Note { Title = "x" } }, headers)), "profileId"),
            (await Refusals.OfAsync(site.Grpc.UpdateNoteAsync(
                new UpdateNoteRequest { Note = new Note { Id = "x", Etag = "1", Title = "x" } }, headers)), "note.id"),
            (await Refusals.OfAsync(site.Grpc.DeleteNoteAsync(new DeleteNoteRequest { NoteId = string.Empty }, headers)), "noteId"),
        };

        Assert.That(refusals.Select(r => Refusals.ViolatedFields(r.Item1).Single()), Is.EqualTo(refusals.Select(r => r.Item2)));
    }

    /// <summary>Every row of the profile tables, whoever owns it.</summary>
    private Task<long> CountRowsAsync() =>
        site.CountAsSuperuserAsync("SELECT (SELECT count(*) FROM profiles) + (SELECT count(*) FROM charts) + (SELECT count(*) FROM notes)");
}
