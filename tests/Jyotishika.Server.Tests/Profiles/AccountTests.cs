using System.Net;
using Grpc.Core;
using Jyotishika.Server.Platform.Identity;
using Jyotishika.Server.Tests.Auth;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests.Profiles;

/// <summary>
/// The caller's whole account: an export of everything stored about them (token secrets excepted, which are never
/// stored), and deletion that leaves no row, session or token behind, guarded by typing the account's email.
/// </summary>
[TestFixture]
public sealed class AccountTests
{
    private ProfileSite site = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => site = await ProfileSite.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await site.DisposeAsync();

    [Test]
    public async Task Export_holds_the_user_every_profile_deleted_ones_included_charts_notes_and_tokens_but_no_secret()
    {
        var esha = await site.SignUpAsync("esha");
        var kept = await site.CreateProfileAsync(esha, "Kept");
        var deleted = await site.CreateProfileAsync(esha, "Deleted");
        var note = await site.CreateNoteAsync(esha, kept.Id, "Dasha notes", "Jupiter mahadasha");
        await site.Grpc.DeleteProfileAsync(new DeleteProfileRequest { ProfileId = deleted.Id }, esha.Bearer);
        var revoked = await site.SendAsync(esha, HttpMethod.Post, "/v1/tokens", """{"name":"revoked"}""");
        var revokedId = revoked.Json["token"]!["id"]!.GetValue<string>();
        var revokedSecret = revoked.Json["secret"]!.GetValue<string>();
        await site.SendAsync(esha, HttpMethod.Delete, "/v1/tokens/" + revokedId);

        var rest = await site.SendAsync(esha, HttpMethod.Get, "/v1/me/export");
        var export = await site.Grpc.ExportMyDataAsync(new ExportMyDataRequest(), esha.Bearer);

        Assert.That(rest.Status, Is.EqualTo(HttpStatusCode.OK), rest.Body);
        var token = export.ApiTokens.Single(t => t.Id != revokedId);
        Assert.Multiple(() =>
        {
            Assert.That((export.User.Id, export.User.Email), Is.EqualTo((esha.Id.ToString(), esha.Email)));
            Assert.That(export.AccountCreateTime, Is.Not.Null);
            Assert.That(export.LastLoginTime, Is.Not.Null);
            Assert.That(export.ExportTime.ToDateTimeOffset(), Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(1)));
            Assert.That(export.Profiles.Select(p => p.Id), Is.EquivalentTo(new[] { kept.Id, deleted.Id }));
            Assert.That(export.Profiles.Single(p => p.Id == kept.Id).DeleteTime, Is.Null);
            Assert.That(
                export.Profiles.Single(p => p.Id == deleted.Id).DeleteTime?.ToDateTimeOffset(),
                Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(1)));
            Assert.That(export.Charts.Select(c => c.ProfileId), Is.EquivalentTo(new[] { kept.Id, deleted.Id }));
            Assert.That(export.Charts.All(c => c.Chart.Planets.Count > 0), Is.True);
            Assert.That(export.Notes, Is.EqualTo(new[] { note }));
            Assert.That(token.Name, Is.EqualTo("esha's script"));
            Assert.That(token.RevokeTime, Is.Null);
            Assert.That(export.ApiTokens.Single(t => t.Id == revokedId).RevokeTime, Is.Not.Null, "revoked tokens are listed as such");
            Assert.That(esha.TokenSecret, Does.StartWith(token.Prefix));
            Assert.That(rest.Json["profiles"]!.AsArray(), Has.Count.EqualTo(2));
            Assert.That(
                rest.Json["apiTokens"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()),
                Is.EquivalentTo(new[] { token.Id, revokedId }));
        });

        // The prefix is shown to tell tokens apart; the rest of the secret must appear nowhere.
        foreach (var secret in new[] { esha.TokenSecret, revokedSecret })
        {
            var unlisted = secret[token.Prefix.Length..];
            Assert.That(rest.Body, Does.Not.Contain(unlisted));
            Assert.That(export.ToString(), Does.Not.Contain(unlisted));
        }
    }

    [Test]
    public async Task Deletion_confirmed_with_another_email_is_INVALID_ARGUMENT_and_deletes_nothing()
    {
        var farah = await site.SignUpAsync("farah");
        await site.CreateProfileAsync(farah, "Still here");
        var before = await RowCountAsync(farah.Id);

        var rest = await site.SendAsync(farah, HttpMethod.Post, "/v1/me:delete", """{"confirmEmail":"someone.else@example.com"}""");
        var grpc = await Refusals.OfAsync(site.Grpc.DeleteMyAccountAsync(new DeleteMyAccountRequest(), farah.Bearer));
        var me = await site.SendAsync(farah, HttpMethod.Get, "/v1/me");

        Assert.That(rest.Status, Is.EqualTo(HttpStatusCode.BadRequest), rest.Body);
        Assert.That(rest.ViolatedFields, Is.EqualTo(new[] { "confirmEmail" }));
        Assert.That(Refusals.ViolatedFields(grpc), Is.EqualTo(new[] { "confirmEmail" }));
        Assert.That(me.Json["loggedIn"]!.GetValue<bool>(), Is.True, "the session goes on");
        Assert.That(farah.Browser.Cookie(SessionCookie.Name), Is.Not.Null);
        Assert.That(await RowCountAsync(farah.Id), Is.EqualTo(before).And.GreaterThan(3));
    }

    [Test]
    public async Task Deleting_the_account_ends_every_session_and_token_and_leaves_no_row()
    {
        var gita = await site.SignUpAsync("gita");
        using var otherBrowser = new TestBrowser();
        using (await site.Site.SignInAsync(otherBrowser, new FakeUser("sub-gita", gita.Email, "gita")))
        {
        }

        var secondToken = await site.SendAsync(gita, HttpMethod.Post, "/v1/tokens", """{"name":"second"}""");
        var secondSecret = secondToken.Json["secret"]!.GetValue<string>();
        var profile = await site.CreateProfileAsync(gita, "Gone soon");
        await site.CreateNoteAsync(gita, profile.Id, "Gone too");
        var sessionId = gita.Browser.Cookie(SessionCookie.Name)!;
        var rowsBefore = await RowCountAsync(gita.Id);

        var deleted = await site.SendAsync(gita, HttpMethod.Post, "/v1/me:delete", $$"""{"confirmEmail":"{{gita.Email}}"}""");

        Assert.That(deleted.Status, Is.EqualTo(HttpStatusCode.OK), deleted.Body);
        var expiry = gita.Browser.Received.Last(c => c.Name == SessionCookie.Name);
        Assert.Multiple(() =>
        {
            Assert.That(expiry.Expires, Is.LessThan(DateTimeOffset.UtcNow), "the answer expires the cookie");
            Assert.That(gita.Browser.Cookie(SessionCookie.Name), Is.Null);
            Assert.That(rowsBefore, Is.GreaterThanOrEqualTo(6), "user, two tokens, profile, chart and note existed");
        });

        // The same session id replayed, as a copy of the cookie would be, and the session of the other browser.
        using var replay = new TestBrowser();
        replay.SetCookie(SessionCookie.Name, sessionId);
        var refused = new[]
        {
            await site.SendAsync(replay, HttpMethod.Get, "/v1/profiles"),
            await site.SendAsync(otherBrowser, HttpMethod.Get, "/v1/profiles"),
            await site.SendAsync(otherBrowser, HttpMethod.Get, "/v1/tokens"),
            await BearerAsync(gita.TokenSecret, "/v1/profiles"),
            await BearerAsync(secondSecret, "/v1/me/export"),
        };
        var grpc = await Refusals.OfAsync(site.Grpc.ListProfilesAsync(new ListProfilesRequest(), gita.Bearer));
        var me = await site.SendAsync(otherBrowser, HttpMethod.Get, "/v1/me");

        Assert.Multiple(() =>
        {
            Assert.That(
                refused.Select(r => r.Status), Is.All.EqualTo(HttpStatusCode.Unauthorized), string.Join("\n", refused.Select(r => r.Body)));
            Assert.That(grpc.StatusCode, Is.EqualTo(StatusCode.Unauthenticated));
            Assert.That(me.Json["loggedIn"]!.GetValue<bool>(), Is.False);
        });
        Assert.That(await RowCountAsync(gita.Id), Is.Zero, "no row of the user is left in users, profiles, charts, notes or api_tokens");
    }

    private async Task<RestAnswer> BearerAsync(string secret, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Authorization", "Bearer " + secret);
        using var response = await site.Site.Server.Rest.SendAsync(request);
        return new RestAnswer(response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The user's rows in every table that holds them, counted as the superuser.</summary>
    private Task<long> RowCountAsync(Guid userId) =>
        site.CountAsSuperuserAsync(
            """
            SELECT (SELECT count(*) FROM users WHERE id = @UserId) + (SELECT count(*) FROM api_tokens WHERE user_id = @UserId)
                 + (SELECT count(*) FROM profiles WHERE user_id = @UserId) + (SELECT count(*) FROM charts WHERE user_id = @UserId)
                 + (SELECT count(*) FROM notes WHERE user_id = @UserId)
            """,
            new { UserId = userId });
}
