using System.Net;
using Dapper;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Jyotishika.V1;
using Npgsql;

namespace Jyotishika.Server.Tests.Profiles;

/// <summary>
/// One user's profiles, charts and notes are invisible to another: every call naming them answers NOT_FOUND (never
/// PERMISSION_DENIED, which would confirm they exist), nothing of them shows in the other's list or export, and they
/// are unchanged afterwards. Behind the queries' own filters, row-level security is a second wall.
/// </summary>
[TestFixture]
public sealed class IsolationTests
{
    private ProfileSite site = null!;
    private Person asha = null!;
    private Person bala = null!;
    private Profile ashasProfile = null!;
    private Note ashasNote = null!;
    private IReadOnlyList<string> ashasRows = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        site = await ProfileSite.StartAsync();
        asha = await site.SignUpAsync("asha");
        bala = await site.SignUpAsync("bala");
        ashasProfile = await site.CreateProfileAsync(asha, "Asha's private birth");
        ashasNote = await site.CreateNoteAsync(asha, ashasProfile.Id, "Asha's private note", "for Asha only");
        await site.CreateProfileAsync(bala, "Bala's own birth");
        ashasRows = await site.RowsOfAsync(asha.Id);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await site.DisposeAsync();

    [Test]
    public async Task Every_gRPC_call_naming_another_users_profile_or_note_is_NOT_FOUND()
    {
        var them = bala.Bearer;
        var id = ashasProfile.Id;
        var refusals = new (string Call, RpcException Failure)[]
        {
            ("GetProfile", await Refusals.OfAsync(site.Grpc.GetProfileAsync(new GetProfileRequest { ProfileId = id }, them))),
            ("UpdateProfile", await Refusals.OfAsync(site.Grpc.UpdateProfileAsync(
                new UpdateProfileRequest
                {
                    Profile = new Profile { Id = id, Etag = "1", Name = "Taken over" },
                    UpdateMask = new FieldMask { Paths = { "name" } },
                },
                them))),
            ("DeleteProfile", await Refusals.OfAsync(site.Grpc.DeleteProfileAsync(new DeleteProfileRequest { ProfileId = id }, them))),
            ("GetProfileChart", await Refusals.OfAsync(
                site.Grpc.GetProfileChartAsync(new GetProfileChartRequest { ProfileId = id }, them))),
            ("CreateNote", await Refusals.OfAsync(site.Grpc.CreateNoteAsync(
                new CreateNoteRequest { ProfileId = id, Note = new Note { Title = "Planted" } }, them))),
            ("ListNotes", await Refusals.OfAsync(site.Grpc.ListNotesAsync(new ListNotesRequest { ProfileId = id }, them))),
            ("UpdateNote", await Refusals.OfAsync(site.Grpc.UpdateNoteAsync(
                new UpdateNoteRequest { Note = new Note { Id = ashasNote.Id, Etag = "1", Title = "Rewritten" } }, them))),
            ("DeleteNote", await Refusals.OfAsync(site.Grpc.DeleteNoteAsync(new DeleteNoteRequest { NoteId = ashasNote.Id }, them))),
        };

        Assert.That(
            refusals.Select(r => $"{r.Call}: {r.Failure.StatusCode}"),
            Is.EqualTo(refusals.Select(r => $"{r.Call}: {StatusCode.NotFound}")));
        Assert.That(await site.RowsOfAsync(asha.Id), Is.EqualTo(ashasRows), "Asha's rows are untouched");
    }

    [Test]
    public async Task Every_REST_call_naming_another_users_profile_or_note_is_404()
    {
        var id = ashasProfile.Id;
        var calls = new (HttpMethod Method, string Path, string? Body)[]
        {
            (HttpMethod.Get, $"/v1/profiles/{id}", null),
            (HttpMethod.Patch, $"/v1/profiles/{id}?updateMask=name", """{"etag":"1","name":"Taken over"}"""),
            (HttpMethod.Delete, $"/v1/profiles/{id}", null),
            (HttpMethod.Get, $"/v1/profiles/{id}/chart", null),
            (HttpMethod.Get, $"/chart/{id}", null),
            (HttpMethod.Post, $"/v1/profiles/{id}/notes", """{"title":"Planted"}"""),
            (HttpMethod.Get, $"/v1/profiles/{id}/notes", null),
            (HttpMethod.Patch, $"/v1/notes/{ashasNote.Id}", """{"etag":"1","title":"Rewritten"}"""),
            (HttpMethod.Delete, $"/v1/notes/{ashasNote.Id}", null),
        };

        var answers = new List<string>();
        foreach (var (method, path, body) in calls)
        {
            var answer = await site.SendAsync(bala, method, path, body);
            answers.Add($"{method} {path}: {(int)answer.Status} code {(answer.Body.Length > 0 ? answer.Code : -1)}");
        }

        Assert.That(answers, Is.EqualTo(calls.Select(c => $"{c.Method} {c.Path}: 404 code {(int)StatusCode.NotFound}")));
        Assert.That(await site.RowsOfAsync(asha.Id), Is.EqualTo(ashasRows), "Asha's rows are untouched");
    }

    [Test]
    public async Task Another_users_list_and_export_hold_nothing_of_mine()
    {
        var grpcList = await site.Grpc.ListProfilesAsync(new ListProfilesRequest(), bala.Bearer);
        var restList = await site.SendAsync(bala, HttpMethod.Get, "/v1/profiles");
        var export = await site.SendAsync(bala, HttpMethod.Get, "/v1/me/export");
        var grpcExport = await site.Grpc.ExportMyDataAsync(new ExportMyDataRequest(), bala.Bearer);

        Assert.That(restList.Status, Is.EqualTo(HttpStatusCode.OK), restList.Body);
        Assert.That(export.Status, Is.EqualTo(HttpStatusCode.OK), export.Body);
        string[] ashas = [ashasProfile.Id, ashasNote.Id, asha.Id.ToString(), asha.Email, "Asha's private", "for Asha only"];
        Assert.Multiple(() =>
        {
            Assert.That(grpcList.Profiles.Select(p => p.Name), Is.EqualTo(new[] { "Bala's own birth" }));
            Assert.That(grpcExport.Profiles.Select(p => p.Name), Is.EqualTo(new[] { "Bala's own birth" }));
            Assert.That(grpcExport.Notes, Is.Empty);
            Assert.That(grpcExport.Charts.Select(c => c.ProfileId), Is.EqualTo(grpcExport.Profiles.Select(p => p.Id)));
            foreach (var trace in ashas)
            {
                Assert.That(restList.Body, Does.Not.Contain(trace));
                Assert.That(export.Body, Does.Not.Contain(trace));
            }
        });
    }

    [Test]
    public async Task Creating_with_another_users_ids_makes_new_rows_of_ones_own()
    {
        var profile = Births.PuneProfile("Bala's copy");
        profile.Id = ashasProfile.Id;
        profile.Etag = "7";

        var created = await site.Grpc.CreateProfileAsync(new CreateProfileRequest { Profile = profile }, bala.Bearer);
        var note = await site.SendAsync(
            bala,
            HttpMethod.Post,
            $"/v1/profiles/{created.Id}/notes",
            $$"""{"id":"{{ashasNote.Id}}","profileId":"{{ashasProfile.Id}}","title":"Bala's"}""");

        Assert.That(note.Status, Is.EqualTo(HttpStatusCode.OK), note.Body);
        Assert.Multiple(() =>
        {
            Assert.That(created.Id, Is.Not.EqualTo(ashasProfile.Id), "ids are the server's to give");
            Assert.That(created.Etag, Is.EqualTo("1"));
            Assert.That(note.Json["id"]!.GetValue<string>(), Is.Not.EqualTo(ashasNote.Id));
            Assert.That(note.Json["profileId"]!.GetValue<string>(), Is.EqualTo(created.Id), "the path names the profile");
        });
        Assert.That(await site.RowsOfAsync(asha.Id), Is.EqualTo(ashasRows), "Asha's rows are untouched");
        await site.Grpc.DeleteProfileAsync(new DeleteProfileRequest { ProfileId = created.Id }, bala.Bearer);
    }

    [Test]
    public async Task Owner_sees_their_data_unchanged_after_the_attempts()
    {
        var profile = await site.Grpc.GetProfileAsync(new GetProfileRequest { ProfileId = ashasProfile.Id }, asha.Bearer);
        var notes = await site.Grpc.ListNotesAsync(new ListNotesRequest { ProfileId = ashasProfile.Id }, asha.Bearer);

        Assert.That(profile, Is.EqualTo(ashasProfile));
        Assert.That(notes.Notes, Is.EqualTo(new[] { ashasNote }));
    }

    /// <summary>
    /// The server's own database role, which owns the tables, reads them as the server does: FORCE ROW LEVEL SECURITY
    /// binds even the owner, so a query that forgot its user filter still sees only the user named in app.user_id.
    /// </summary>
    [Test]
    public async Task Row_level_security_shows_the_server_role_only_the_rows_of_the_user_it_names()
    {
        await using var connection = site.Site.OpenDatabase();
        var ashasProfileId = Guid.Parse(ashasProfile.Id);

        (long, long, long) ashasAsSuperuser;
        await using (var superuser = site.OpenAsSuperuser())
        {
            ashasAsSuperuser = await CountAllAsync(superuser, transaction: null, asha.Id);
        }

        var balasProfiles = await site.CountAsSuperuserAsync(
            "SELECT count(*) FROM profiles WHERE user_id = @UserId", new { UserId = bala.Id });
        var unnamed = await CountAllAsync(connection, transaction: null);

        await using var asBala = await connection.BeginTransactionAsync();
        await SetUserAsync(connection, asBala, bala.Id);
        var seenByBala = await CountAllAsync(connection, asBala, asha.Id);
        var balasOwn = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM profiles", transaction: asBala);
        var updatedByBala = await connection.ExecuteAsync(
            "UPDATE profiles SET name = 'Taken over' WHERE id = @Id", new { Id = ashasProfileId }, asBala);
        var deletedByBala = await connection.ExecuteAsync("DELETE FROM notes WHERE user_id = @UserId", new { UserId = asha.Id }, asBala);
        await asBala.RollbackAsync();

        await using var asAsha = await connection.BeginTransactionAsync();
        await SetUserAsync(connection, asAsha, asha.Id);
        var seenByAsha = await CountAllAsync(connection, asAsha, asha.Id);
        await asAsha.CommitAsync();

        // set_config(…, true) lasts one transaction: a pooled connection carries no user into the next request.
        var afterwards = await CountAllAsync(connection, transaction: null);

        Assert.Multiple(() =>
        {
            Assert.That(ashasAsSuperuser, Is.EqualTo((1, 1, 1)), "the superuser sees Asha's profile, chart and note");
            Assert.That(unnamed, Is.EqualTo((0, 0, 0)), "no app.user_id: no rows at all");
            Assert.That(seenByBala, Is.EqualTo((0, 0, 0)), "Bala's transaction sees none of Asha's rows");
            Assert.That(balasOwn, Is.EqualTo(balasProfiles).And.Positive, "but does see all of Bala's own");
            Assert.That(updatedByBala, Is.Zero);
            Assert.That(deletedByBala, Is.Zero);
            Assert.That(seenByAsha, Is.EqualTo((1, 1, 1)), "Asha's transaction sees her profile, chart and note");
            Assert.That(afterwards, Is.EqualTo((0, 0, 0)), "the user named ends with the transaction");
        });
        Assert.That(await site.RowsOfAsync(asha.Id), Is.EqualTo(ashasRows));
    }

    [Test]
    public async Task Row_level_security_refuses_a_row_written_in_another_users_name()
    {
        await using var connection = site.Site.OpenDatabase();
        await using var asBala = await connection.BeginTransactionAsync();
        await SetUserAsync(connection, asBala, bala.Id);

        var planted = Assert.ThrowsAsync<PostgresException>(async () => await connection.ExecuteAsync(
            "INSERT INTO notes (profile_id, user_id, title) VALUES (@ProfileId, @UserId, 'Planted')",
            new { ProfileId = Guid.Parse(ashasProfile.Id), UserId = asha.Id },
            asBala));

        Assert.That(planted!.SqlState, Is.EqualTo(PostgresErrorCodes.InsufficientPrivilege), planted.MessageText);
    }

    private static Task SetUserAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid userId) =>
        connection.ExecuteAsync("SELECT set_config('app.user_id', @UserId, true)", new { UserId = userId.ToString() }, transaction);

    /// <summary>Profiles, charts and notes visible in this transaction, all of them or only <paramref name="userId"/>'s.</summary>
    private static Task<(long Profiles, long Charts, long Notes)> CountAllAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid? userId = null) =>
        connection.QuerySingleAsync<(long, long, long)>(
            """
            SELECT (SELECT count(*) FROM profiles WHERE @UserId::uuid IS NULL OR user_id = @UserId),
                   (SELECT count(*) FROM charts WHERE @UserId::uuid IS NULL OR user_id = @UserId),
                   (SELECT count(*) FROM notes WHERE @UserId::uuid IS NULL OR user_id = @UserId)
            """,
            new { UserId = userId },
            transaction);
}
