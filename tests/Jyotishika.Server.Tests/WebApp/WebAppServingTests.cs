using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Jyotishika.Server.Features.WebApp;
using Jyotishika.Server.Tests.Infrastructure;

namespace Jyotishika.Server.Tests.WebApp;

/// <summary>
/// The browser app is served beside the API without loosening it: the page and its files carry the page's policy and
/// revalidate by ETag, every API answer keeps the strict one, and a path that names no file is still the API's 404.
/// </summary>
public sealed class WebAppServingTests
{
    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    [Test]
    public async Task Root_answers_the_page_under_its_own_policy_without_inline_allowances()
    {
        using var response = await ServerFixture.Rest.GetAsync(new Uri("/", UriKind.Relative));
        var page = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        var policy = Policy(response);
        Assert.That(policy, Is.EqualTo(PagePolicy.ContentSecurityPolicy));
        Assert.That(policy, Does.Contain("script-src 'self'").And.Contain("style-src 'self'").And.Contain("frame-ancestors 'none'"));
        Assert.That(policy, Does.Not.Contain("unsafe-inline").And.Not.Contain("unsafe-eval"));
        Assert.That(response.Headers.CacheControl?.NoCache, Is.True);
        Assert.That(page, Does.Contain("<script type=\"module\" src=\"/app.js\"></script>"));
    }

    [TestCase("/app.js", "text/javascript")]
    [TestCase("/app.css", "text/css")]
    [TestCase("/index.html", "text/html")]
    public async Task Files_revalidate_with_their_ETag_and_answer_304_when_unchanged(string path, string mediaType)
    {
        using var first = await ServerFixture.Rest.GetAsync(new Uri(path, UriKind.Relative));
        var etag = first.Headers.ETag;

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(first.Content.Headers.ContentType?.MediaType, Is.EqualTo(mediaType));
        Assert.That(etag, Is.Not.Null);
        Assert.That(first.Headers.CacheControl?.NoCache, Is.True, "a deploy must be seen at once: no max-age on unhashed names");

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        again.Headers.IfNoneMatch.Add(etag!);
        using var revalidated = await ServerFixture.Rest.SendAsync(again);

        Assert.That(revalidated.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That(await revalidated.Content.ReadAsByteArrayAsync(), Is.Empty);
    }

    [TestCase("GET", "/healthz", 200)]
    [TestCase("GET", "/v1/me", 200)]
    [TestCase("GET", "/license", 200)]
    [TestCase("POST", "/v1/chart", 200)]
    [TestCase("GET", "/v1/no-such-method", 404)]
    public async Task API_answers_keep_the_strict_policy(string method, string path, int status)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (method == "POST")
        {
            request.Content = new StringContent(ChartRequests.OlderSystemJson, Encoding.UTF8, "application/json");
        }

        using var response = await ServerFixture.Rest.SendAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
        Assert.That(Policy(response), Is.EqualTo(ApiPolicy));
    }

    [TestCase("/no-such-page")]
    [TestCase("/profiles/123")]
    [TestCase("/v1/horoscope")]
    public async Task A_path_that_names_no_file_is_a_404_not_the_page(string path)
    {
        using var response = await ServerFixture.Rest.GetAsync(new Uri(path, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.Not.EqualTo("text/html"));
        Assert.That(Policy(response), Is.EqualTo(ApiPolicy));
    }

    [Test]
    public async Task Loading_the_page_uses_none_of_the_address_budget_for_API_calls()
    {
        await using var server = await RunningServer.StartAsync("environment=Development", "RATE_LIMIT_PER_IP_PER_MINUTE=2");
        foreach (var path in new[] { "/", "/app.js", "/app.css", "/api.js", "/state.js", "/favicon.svg" })
        {
            using var file = await server.Rest.GetAsync(new Uri(path, UriKind.Relative));
            Assert.That(file.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
        }

        using var first = await server.Rest.GetAsync(new Uri("/v1/me", UriKind.Relative));
        using var second = await server.Rest.GetAsync(new Uri("/v1/me", UriKind.Relative));
        using var third = await server.Rest.GetAsync(new Uri("/v1/me", UriKind.Relative));

        Assert.That(new[] { first.StatusCode, second.StatusCode }, Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(third.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), "the API itself is still limited");
    }

    [Test]
    public async Task The_page_is_compressed_for_a_browser_that_asks()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/app.css", UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        using var response = await ServerFixture.Rest.SendAsync(request);

        Assert.That(response.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "gzip" }));
    }

    private static string? Policy(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Content-Security-Policy", out var values) ? string.Join(", ", values) : null;
}
