using System.Net;
using Grpc.Core;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests.Profiles;

/// <summary>Every ProfileService call needs a caller: without one it is UNAUTHENTICATED (REST 401), whatever it names.</summary>
[TestFixture]
public sealed class UnauthenticatedTests
{
    private const string SomeId = "0b6f3c2e-3f6a-4b53-9d5e-0c3a1e9b7d41";

    private ProfileSite site = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => site = await ProfileSite.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await site.DisposeAsync();

    private static IEnumerable<TestCaseData> Routes() =>
    [
        new TestCaseData("POST", "/v1/profiles", Births.Profile("Anonymous")),
        new TestCaseData("GET", "/v1/profiles", null),
        new TestCaseData("GET", $"/v1/profiles/{SomeId}", null),
        new TestCaseData("PATCH", $"/v1/profiles/{SomeId}", """{"etag":"1","name":"x"}"""),
        new TestCaseData("DELETE", $"/v1/profiles/{SomeId}", null),
        new TestCaseData("GET", $"/v1/profiles/{SomeId}/chart", null),
        new TestCaseData("GET", $"/chart/{SomeId}", null),
        new TestCaseData("POST", $"/v1/profiles/{SomeId}/notes", """{"title":"x"}"""),
        new TestCaseData("GET", $"/v1/profiles/{SomeId}/notes", null),
        new TestCaseData("PATCH", $"/v1/notes/{SomeId}", """{"etag":"1","title":"x"}"""),
        new TestCaseData("DELETE", $"/v1/notes/{SomeId}", null),
        new TestCaseData("GET", "/v1/me/export", null),
        new TestCaseData("POST", "/v1/me:delete", """{"confirmEmail":"someone@example.com"}"""),
    ];

    [TestCaseSource(nameof(Routes))]
    public async Task REST_call_without_a_caller_is_401(string method, string path, string? body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await site.Site.Server.Rest.SendAsync(request);
        var answer = new RestAnswer(response.StatusCode, await response.Content.ReadAsStringAsync());

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.Unauthorized), answer.Body);
        Assert.That(answer.Code, Is.EqualTo((int)StatusCode.Unauthenticated));
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.Contain("Bearer"));
    }

    [Test]
    public async Task Every_gRPC_call_without_a_caller_is_UNAUTHENTICATED()
    {
        var grpc = site.Grpc;
        var refusals = new (string Call, RpcException Failure)[]
        {
            ("CreateProfile", await Refusals.OfAsync(
                grpc.CreateProfileAsync(new CreateProfileRequest { Profile = Births.PuneProfile("x") }))),
            ("GetProfile", await Refusals.OfAsync(grpc.GetProfileAsync(new GetProfileRequest { ProfileId = SomeId }))),
            ("ListProfiles", await Refusals.OfAsync(grpc.ListProfilesAsync(new ListProfilesRequest()))),
            ("UpdateProfile", await Refusals.OfAsync(grpc.UpdateProfileAsync(
                new UpdateProfileRequest { Profile = new Profile { Id = SomeId, Etag = "1", Name = "x" } }))),
            ("DeleteProfile", await Refusals.OfAsync(grpc.DeleteProfileAsync(new DeleteProfileRequest { ProfileId = SomeId }))),
            ("GetProfileChart", await Refusals.OfAsync(grpc.GetProfileChartAsync(new GetProfileChartRequest { ProfileId = SomeId }))),
            ("CreateNote", await Refusals.OfAsync(
                grpc.CreateNoteAsync(new CreateNoteRequest { ProfileId = SomeId, Note = new Note { Title = "x" } }))),
            ("ListNotes", await Refusals.OfAsync(grpc.ListNotesAsync(new ListNotesRequest { ProfileId = SomeId }))),
            ("UpdateNote", await Refusals.OfAsync(
                grpc.UpdateNoteAsync(new UpdateNoteRequest { Note = new Note { Id = SomeId, Etag = "1", Title = "x" } }))),
            ("DeleteNote", await Refusals.OfAsync(grpc.DeleteNoteAsync(new DeleteNoteRequest { NoteId = SomeId }))),
            ("ExportMyData", await Refusals.OfAsync(grpc.ExportMyDataAsync(new ExportMyDataRequest()))),
            ("DeleteMyAccount", await Refusals.OfAsync(
                grpc.DeleteMyAccountAsync(new DeleteMyAccountRequest { ConfirmEmail = "someone@example.com" }))),
        };

        Assert.That(
            refusals.Select(r => $"{r.Call}: {r.Failure.StatusCode}"),
            Is.EqualTo(refusals.Select(r => $"{r.Call}: {StatusCode.Unauthenticated}")));
    }

    [Test]
    public async Task A_token_that_was_never_issued_is_UNAUTHENTICATED()
    {
        var forged = Person.BearerFor(Jyotishika.Server.Storage.Accounts.ApiTokenStore.SecretPrefix + new string('A', 43));

        var refused = await Refusals.OfAsync(site.Grpc.ListProfilesAsync(new ListProfilesRequest(), forged));

        Assert.That(refused.StatusCode, Is.EqualTo(StatusCode.Unauthenticated));
    }
}
