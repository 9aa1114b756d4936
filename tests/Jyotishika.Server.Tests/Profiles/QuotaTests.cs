using System.Net;
using System.Text.Json.Nodes;
using Google.Rpc;
using Grpc.Core;
using Jyotishika.Server.Features.Profiles;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests.Profiles;

/// <summary>
/// Per-account quotas (MAX_PROFILES_PER_USER, MAX_NOTES_PER_USER), both 3 here: one more is FAILED_PRECONDITION (REST
/// 400) naming the quota and its size, with nothing that invites a retry; deleting frees a slot at once; one account's
/// full quota leaves another's alone; and simultaneous creations at the edge never overshoot it.
/// </summary>
[TestFixture]
public sealed class QuotaTests
{
    private const int Quota = 3;
    private const string ProfileSetting = "MAX_PROFILES_PER_USER";
    private const string NoteSetting = "MAX_NOTES_PER_USER";

    private ProfileSite site = null!;

    [OneTimeSetUp]
    public async Task StartAsync() =>
        site = await ProfileSite.StartAsync(settings: [$"{ProfileSetting}={Quota}", $"{NoteSetting}={Quota}"]);

    [OneTimeTearDown]
    public async Task StopAsync() => await site.DisposeAsync();

    [Test]
    public async Task Profile_past_the_quota_is_FAILED_PRECONDITION_naming_the_quota_and_nothing_is_stored()
    {
        var asha = await site.SignUpAsync("asha");
        await CreateProfilesAsync(asha, Quota);

        var refused = await Refusals.OfAsync(CreateProfile(asha, "One too many"));

        AssertQuotaRefusal(refused, ProfileSetting, "profiles");
        Assert.That(await LiveProfilesAsync(asha), Is.EqualTo(Quota));
    }

    [Test]
    public async Task Profile_past_the_quota_over_REST_is_400_with_the_quota_named_and_no_Retry_After()
    {
        var bhaskar = await site.SignUpAsync("bhaskar");
        await CreateProfilesAsync(bhaskar, Quota);

        using var response = await site.Site.SendAsync(bhaskar.Browser, HttpMethod.Post, "/v1/profiles", Births.Profile("One too many"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), body);
        var json = JsonNode.Parse(body)!;
        var violation = json["details"]!.AsArray()
            .Single(detail => detail!["@type"]!.GetValue<string>() == "type.googleapis.com/google.rpc.PreconditionFailure")!
            ["violations"]!.AsArray().Single()!;
        Assert.Multiple(() =>
        {
            Assert.That(json["code"]!.GetValue<int>(), Is.EqualTo((int)StatusCode.FailedPrecondition), body);
            Assert.That(json["message"]!.GetValue<string>(), Does.Contain($"quota of {Quota} profiles").And.Contain("delete"));
            Assert.That(violation["type"]!.GetValue<string>(), Is.EqualTo(StorageQuota.ViolationType));
            Assert.That(violation["subject"]!.GetValue<string>(), Is.EqualTo(ProfileSetting));
            Assert.That(response.Headers.RetryAfter, Is.Null, "waiting does not empty a quota");
            Assert.That(body, Does.Not.Contain("RetryInfo"));
        });
    }

    [Test]
    public async Task Deleting_a_profile_frees_its_slot_at_once()
    {
        var chitra = await site.SignUpAsync("chitra");
        var profiles = await CreateProfilesAsync(chitra, Quota);
        var full = await Refusals.OfAsync(CreateProfile(chitra, "Before deleting"));

        await site.Grpc.DeleteProfileAsync(new DeleteProfileRequest { ProfileId = profiles[0].Id }, chitra.Bearer);
        var replacement = await site.CreateProfileAsync(chitra, "Replacement");
        var fullAgain = await Refusals.OfAsync(CreateProfile(chitra, "After replacing"));

        Assert.Multiple(() =>
        {
            Assert.That(full.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition), full.Status.Detail);
            Assert.That(replacement.Name, Is.EqualTo("Replacement"));
            Assert.That(fullAgain.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition), fullAgain.Status.Detail);
        });
        Assert.That(await LiveProfilesAsync(chitra), Is.EqualTo(Quota));
    }

    [Test]
    public async Task One_account_at_its_quota_leaves_another_account_free()
    {
        var full = await site.SignUpAsync("dhruv");
        var other = await site.SignUpAsync("esha");
        await CreateProfilesAsync(full, Quota);

        var refused = await Refusals.OfAsync(CreateProfile(full, "One too many"));
        var served = await site.CreateProfileAsync(other, "Unaffected");

        Assert.That(refused.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition), refused.Status.Detail);
        Assert.That(served.Name, Is.EqualTo("Unaffected"));
    }

    [Test]
    public async Task Notes_quota_counts_across_the_account_and_deleting_a_note_or_its_profile_frees_slots()
    {
        var farah = await site.SignUpAsync("farah");
        var first = await site.CreateProfileAsync(farah, "First");
        var second = await site.CreateProfileAsync(farah, "Second");
        await site.CreateNoteAsync(farah, first.Id, "One");
        await site.CreateNoteAsync(farah, first.Id, "Two");
        var third = await site.CreateNoteAsync(farah, second.Id, "Three");

        var refused = await Refusals.OfAsync(CreateNote(farah, second.Id, "Four"));
        var unknownProfile = await Refusals.OfAsync(CreateNote(farah, Guid.NewGuid().ToString(), "Nowhere"));
        await site.Grpc.DeleteNoteAsync(new DeleteNoteRequest { NoteId = third.Id }, farah.Bearer);
        var afterNoteDeleted = await site.CreateNoteAsync(farah, second.Id, "Four");
        var refusedAgain = await Refusals.OfAsync(CreateNote(farah, second.Id, "Five"));
        await site.Grpc.DeleteProfileAsync(new DeleteProfileRequest { ProfileId = first.Id }, farah.Bearer);
        var afterProfileDeleted = new[]
        {
            await site.CreateNoteAsync(farah, second.Id, "Five"),
            await site.CreateNoteAsync(farah, second.Id, "Six"),
        };

        AssertQuotaRefusal(refused, NoteSetting, "notes");
        Assert.Multiple(() =>
        {
            Assert.That(unknownProfile.StatusCode, Is.EqualTo(StatusCode.NotFound), "no such profile outranks a full quota");
            Assert.That(afterNoteDeleted.Title, Is.EqualTo("Four"));
            Assert.That(refusedAgain.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition), refusedAgain.Status.Detail);
            Assert.That(afterProfileDeleted.Select(note => note.Title), Is.EqualTo(new[] { "Five", "Six" }));
        });
    }

    [Test]
    public async Task Simultaneous_profile_creations_at_the_edge_never_overshoot_the_quota()
    {
        const int attempts = 12;
        var gauri = await site.SignUpAsync("gauri");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, attempts).Select(i => OutcomeAsync(CreateProfile(gauri, $"Racer {i}"))));

        Assert.That(outcomes.Count(code => code == StatusCode.OK), Is.EqualTo(Quota), string.Join(", ", outcomes));
        Assert.That(outcomes.Where(code => code != StatusCode.OK), Is.All.EqualTo(StatusCode.FailedPrecondition));
        Assert.That(await LiveProfilesAsync(gauri), Is.EqualTo(Quota));
    }

    [Test]
    public async Task Simultaneous_note_creations_at_the_edge_never_overshoot_the_quota()
    {
        const int attempts = 12;
        var hari = await site.SignUpAsync("hari");
        var profile = await site.CreateProfileAsync(hari, "Much noted");
        await site.CreateNoteAsync(hari, profile.Id, "Already there");

        var outcomes = await Task.WhenAll(
            Enumerable.Range(0, attempts).Select(i => OutcomeAsync(CreateNote(hari, profile.Id, $"Racer {i}"))));

        Assert.That(outcomes.Count(code => code == StatusCode.OK), Is.EqualTo(Quota - 1), string.Join(", ", outcomes));
        Assert.That(outcomes.Where(code => code != StatusCode.OK), Is.All.EqualTo(StatusCode.FailedPrecondition));
        Assert.That(
            await site.CountAsSuperuserAsync("SELECT count(*) FROM notes WHERE user_id = @UserId", new { UserId = hari.Id }),
            Is.EqualTo(Quota));
    }

    private static void AssertQuotaRefusal(RpcException refused, string setting, string what)
    {
        Assert.That(refused.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition), refused.Status.Detail);
        var status = refused.GetRpcStatus();
        var violation = status?.GetDetail<PreconditionFailure>()?.Violations.Single();
        Assert.Multiple(() =>
        {
            Assert.That(refused.Status.Detail, Does.Contain($"quota of {Quota} {what}").And.Contain(setting).And.Contain($"delete {what}"));
            Assert.That(refused.Status.Detail, Does.Not.Contain("try again").IgnoreCase);
            Assert.That(violation?.Type, Is.EqualTo(StorageQuota.ViolationType));
            Assert.That(violation?.Subject, Is.EqualTo(setting));
            Assert.That(status?.GetDetail<RetryInfo>(), Is.Null, "waiting does not empty a quota: no retry hint");
        });
    }

    private AsyncUnaryCall<Profile> CreateProfile(Person person, string name) =>
        site.Grpc.CreateProfileAsync(new CreateProfileRequest { Profile = Births.PuneProfile(name) }, person.Bearer);

    private AsyncUnaryCall<Note> CreateNote(Person person, string profileId, string title) =>
        site.Grpc.CreateNoteAsync(new CreateNoteRequest { ProfileId = profileId, Note = new Note { Title = title } }, person.Bearer);

    private async Task<IReadOnlyList<Profile>> CreateProfilesAsync(Person person, int count)
    {
        var created = new List<Profile>();
        for (var i = 0; i < count; i++)
        {
            created.Add(await site.CreateProfileAsync(person, $"Profile {i + 1}"));
        }

        return created;
    }

    private Task<long> LiveProfilesAsync(Person person) =>
        site.CountAsSuperuserAsync("SELECT count(*) FROM profiles WHERE user_id = @UserId AND is_active", new { UserId = person.Id });

    private static async Task<StatusCode> OutcomeAsync<T>(AsyncUnaryCall<T> call)
    {
        using (call)
        {
            try
            {
                await call;
                return StatusCode.OK;
            }
            catch (RpcException failure)
            {
                return failure.StatusCode;
            }
        }
    }
}
