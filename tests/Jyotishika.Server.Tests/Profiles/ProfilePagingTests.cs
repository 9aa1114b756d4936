using System.Net;
using Grpc.Core;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests.Profiles;

/// <summary>ListProfiles pages newest first by keyset, so a walk through the pages sees every profile exactly once.</summary>
[TestFixture]
public sealed class ProfilePagingTests
{
    private ProfileSite site = null!;
    private Person bhima = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        site = await ProfileSite.StartAsync();
        bhima = await site.SignUpAsync("bhima");
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await site.DisposeAsync();

    [Test]
    public async Task Seven_profiles_in_pages_of_three_come_as_3_3_1_newest_first_without_duplicates_or_gaps()
    {
        var names = Enumerable.Range(1, 7).Select(n => $"Profile {n}").ToList();
        foreach (var name in names)
        {
            await site.CreateOverRestAsync(bhima, name);
        }

        var pages = new List<IReadOnlyList<string>>();
        var token = string.Empty;
        do
        {
            var page = await site.SendAsync(
                bhima, HttpMethod.Get, "/v1/profiles?pageSize=3" + (token.Length > 0 ? "&pageToken=" + token : string.Empty));
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK), page.Body);
            pages.Add([.. page.Json["profiles"]!.AsArray().Select(p => p!["name"]!.GetValue<string>())]);
            token = page.Json["nextPageToken"]?.GetValue<string>() ?? string.Empty;
        }
        while (token.Length > 0 && pages.Count < 5);

        Assert.That(pages.Select(p => p.Count), Is.EqualTo(new[] { 3, 3, 1 }));
        Assert.That(pages.SelectMany(p => p), Is.EqualTo(Enumerable.Reverse(names)));
    }

    [Test]
    public async Task Notes_page_newest_first_like_profiles()
    {
        // A person of their own, so the seven profiles of the other test stay seven.
        var nakula = await site.SignUpAsync("nakula");
        var profile = await site.CreateOverRestAsync(nakula, "Many notes");
        var path = $"/v1/profiles/{profile["id"]!.GetValue<string>()}/notes";
        foreach (var title in new[] { "one", "two", "three" })
        {
            var created = await site.SendAsync(nakula, HttpMethod.Post, path, $$"""{"title":"{{title}}"}""");
            Assert.That(created.Status, Is.EqualTo(HttpStatusCode.OK), created.Body);
        }

        var first = await site.SendAsync(nakula, HttpMethod.Get, path + "?pageSize=2");
        var token = first.Json["nextPageToken"]!.GetValue<string>();
        var second = await site.SendAsync(nakula, HttpMethod.Get, $"{path}?pageSize=2&pageToken={token}");

        Assert.That(Titles(first), Is.EqualTo(new[] { "three", "two" }));
        Assert.That(Titles(second), Is.EqualTo(new[] { "one" }));
        Assert.That(second.Json["nextPageToken"]?.GetValue<string>() ?? string.Empty, Is.Empty);
    }

    [Test]
    public async Task A_negative_page_size_is_INVALID_ARGUMENT_naming_pageSize()
    {
        var rest = await site.SendAsync(bhima, HttpMethod.Get, "/v1/profiles?pageSize=-1");

        Assert.That(rest.Status, Is.EqualTo(HttpStatusCode.BadRequest), rest.Body);
        Assert.That(rest.ViolatedFields, Is.EqualTo(new[] { "pageSize" }));
    }

    [Test]
    public async Task A_page_token_that_was_not_issued_is_INVALID_ARGUMENT_naming_pageToken()
    {
        var rest = await site.SendAsync(bhima, HttpMethod.Get, "/v1/profiles?pageSize=3&pageToken=not-a-token");
        // Well-formed base64url, but not a position this server wrote.
        var grpc = await Refusals.OfAsync(
            site.Grpc.ListProfilesAsync(new ListProfilesRequest { PageToken = "bm90OmF0b2tlbg" }, bhima.Bearer));

        Assert.That(rest.Status, Is.EqualTo(HttpStatusCode.BadRequest), rest.Body);
        Assert.That(rest.ViolatedFields, Is.EqualTo(new[] { "pageToken" }));
        Assert.That(grpc.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(Refusals.ViolatedFields(grpc), Is.EqualTo(new[] { "pageToken" }));
    }

    private static IEnumerable<string> Titles(RestAnswer page)
    {
        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK), page.Body);
        return [.. page.Json["notes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>())];
    }
}
