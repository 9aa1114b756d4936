using Grpc.Core;
using Jyotishika.Server.Features.Profiles;
using Jyotishika.Server.Storage.Accounts;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests.Unit.Profiles;

/// <summary>
/// ProfileService in process on a server with no DATABASE_URL or REDIS_URL: what is refused before storage is reached,
/// what an anonymous caller gets (the endpoint's authorization, which stops them first on the wire, is not in play
/// here), and that a call that does reach storage answers FAILED_PRECONDITION naming the missing setting. Stored data
/// is tested end to end (Profiles/), against PostgreSQL.
/// </summary>
public sealed class ProfileGrpcServiceTests
{
    private const string NoDatabase = "This server has no DATABASE_URL configured, so accounts and sign-in are not available.";
    private const string NoRedis = "This server has no REDIS_URL configured, so accounts and sign-in are not available.";
    private const string SomeId = "0f8fad5b-d9cb-469f-a165-70867728950e";

    private static readonly AuthenticatedUser Asha =
        new(Guid.Parse("5b1c2f0e-6a3d-4c8e-9f7a-2d4b6e8a0c1f"), "asha@example.com", "Asha", string.Empty);

    private static ProfileGrpcService Service => InProcessServices.Create<ProfileGrpcService>();

    private static TestServerCallContext SignedIn => TestServerCallContext.SignedIn(Asha);

    [Test]
    public void An_anonymous_caller_is_asked_to_sign_in()
    {
        var calls = new Func<Task>[]
        {
            () => InterceptedCall.UnaryAsync(Service.GetProfile, new GetProfileRequest { ProfileId = SomeId }),
            () => InterceptedCall.UnaryAsync(Service.ListProfiles, new ListProfilesRequest()),
            () => InterceptedCall.UnaryAsync(Service.DeleteProfile, new DeleteProfileRequest { ProfileId = SomeId }),
            () => InterceptedCall.UnaryAsync(Service.ListNotes, new ListNotesRequest { ProfileId = SomeId }),
            () => InterceptedCall.UnaryAsync(Service.ExportMyData, new ExportMyDataRequest()),
        };

        foreach (var call in calls)
        {
            var error = Assert.ThrowsAsync<RpcException>(() => call())!;
            Assert.That((error.StatusCode, error.Status.Detail), Is.EqualTo((StatusCode.Unauthenticated, "Sign in first.")));
        }
    }

    [Test]
    public void An_id_that_is_not_one_is_refused_before_storage()
    {
        var get = Assert.ThrowsAsync<RpcException>(() =>
            InterceptedCall.UnaryAsync(Service.GetProfile, new GetProfileRequest { ProfileId = "42" }, SignedIn))!;
        var note = Assert.ThrowsAsync<RpcException>(() =>
            InterceptedCall.UnaryAsync(Service.DeleteNote, new DeleteNoteRequest { NoteId = "note-1" }, SignedIn))!;

        Assert.That(get.Violations(), Is.EqualTo(new[] { ("profileId", "must be an id as returned by this service") }));
        Assert.That(note.Violations(), Is.EqualTo(new[] { ("noteId", "must be an id as returned by this service") }));
    }

    [TestCase(-1, "", "pageSize", "must not be negative (0 means 50; more than 100 is read as 100)")]
    [TestCase(10, "not-a-token", "pageToken", "must be a nextPageToken from a previous answer")]
    public void A_bad_page_is_refused_before_storage(int size, string token, string field, string description)
    {
        var request = new ListProfilesRequest { PageSize = size, PageToken = token };

        var error = Assert.ThrowsAsync<RpcException>(() => InterceptedCall.UnaryAsync(Service.ListProfiles, request, SignedIn))!;

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.Violations(), Is.EqualTo(new[] { (field, description) }));
    }

    [Test]
    public void An_invalid_profile_is_refused_before_its_chart_is_computed_or_stored()
    {
        var request = new CreateProfileRequest { Profile = new Profile { Name = string.Empty, Birth = new ChartRequest() } };

        var error = Assert.ThrowsAsync<RpcException>(() => InterceptedCall.UnaryAsync(Service.CreateProfile, request, SignedIn))!;

        Assert.That(error.ViolatedFields(), Is.EqualTo(new[]
        {
            "profile.name", "profile.birth.latitude", "profile.birth.longitude", "profile.birth.datetime",
        }));
    }

    [Test]
    public void An_update_needs_an_id_and_an_etag_before_storage_is_asked()
    {
        var noId = new UpdateProfileRequest { Profile = new Profile { Name = "Asha" } };
        var noEtag = new UpdateProfileRequest { Profile = new Profile { Id = SomeId, Name = "Asha" } };
        var noteNoEtag = new UpdateNoteRequest { Note = new Note { Id = SomeId, Title = "Transit" } };

        var id = Assert.ThrowsAsync<RpcException>(() => InterceptedCall.UnaryAsync(Service.UpdateProfile, noId, SignedIn))!;
        var etag = Assert.ThrowsAsync<RpcException>(() => InterceptedCall.UnaryAsync(Service.UpdateProfile, noEtag, SignedIn))!;
        var noteEtag = Assert.ThrowsAsync<RpcException>(() => InterceptedCall.UnaryAsync(Service.UpdateNote, noteNoEtag, SignedIn))!;

        Assert.That(id.ViolatedFields(), Is.EqualTo(new[] { "profile.id" }));
        Assert.That(etag.ViolatedFields(), Is.EqualTo(new[] { "profile.etag" }));
        Assert.That(noteEtag.ViolatedFields(), Is.EqualTo(new[] { "note.etag" }));
    }

    [Test]
    public void A_note_is_checked_after_its_profile_id()
    {
        var badId = new CreateNoteRequest { ProfileId = "x", Note = new Note() };
        var badNote = new CreateNoteRequest { ProfileId = SomeId, Note = new Note { Body = "\0" } };

        var id = Assert.ThrowsAsync<RpcException>(() => InterceptedCall.UnaryAsync(Service.CreateNote, badId, SignedIn))!;
        var note = Assert.ThrowsAsync<RpcException>(() => InterceptedCall.UnaryAsync(Service.CreateNote, badNote, SignedIn))!;

        Assert.That(id.ViolatedFields(), Is.EqualTo(new[] { "profileId" }));
        Assert.That(note.ViolatedFields(), Is.EqualTo(new[] { "note.title", "note.body" }));
    }

    [Test]
    public void A_valid_call_without_a_database_is_FAILED_PRECONDITION_naming_DATABASE_URL()
    {
        var calls = new Func<Task>[]
        {
            () => InterceptedCall.UnaryAsync(Service.GetProfile, new GetProfileRequest { ProfileId = SomeId }, SignedIn),
            () => InterceptedCall.UnaryAsync(Service.ListProfiles, new ListProfilesRequest(), SignedIn),
            () => InterceptedCall.UnaryAsync(Service.CreateProfile, ValidProfile(), SignedIn),
            () => InterceptedCall.UnaryAsync(Service.ExportMyData, new ExportMyDataRequest(), SignedIn),
        };

        foreach (var call in calls)
        {
            var error = Assert.ThrowsAsync<RpcException>(() => call())!;
            Assert.That((error.StatusCode, error.Status.Detail), Is.EqualTo((StatusCode.FailedPrecondition, NoDatabase)));
        }
    }

    [Test]
    public void Deleting_the_account_needs_its_email_typed_again()
    {
        var request = new DeleteMyAccountRequest { ConfirmEmail = "someone@example.com" };

        var error = Assert.ThrowsAsync<RpcException>(() => InterceptedCall.UnaryAsync(Service.DeleteMyAccount, request, SignedIn))!;

        Assert.That(error.Violations(), Is.EqualTo(new[]
        {
            ("confirmEmail", "must be the signed-in account's email, to confirm the deletion"),
        }));
    }

    [Test]
    public void A_confirmed_deletion_ends_the_sessions_first_and_so_needs_Redis()
    {
        // The email is compared ignoring case and surrounding spaces.
        var request = new DeleteMyAccountRequest { ConfirmEmail = " ASHA@example.com " };

        var error = Assert.ThrowsAsync<RpcException>(() => InterceptedCall.UnaryAsync(Service.DeleteMyAccount, request, SignedIn))!;

        Assert.That((error.StatusCode, error.Status.Detail), Is.EqualTo((StatusCode.FailedPrecondition, NoRedis)));
    }

    private static CreateProfileRequest ValidProfile() =>
        new() { Profile = new Profile { Name = "Asha", Birth = ChartRequests.Pune1991() } };
}
