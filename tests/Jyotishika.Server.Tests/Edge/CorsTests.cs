using System.Net;
using Jyotishika.Server.Tests.Auth;
using Jyotishika.Server.Tests.Infrastructure;

namespace Jyotishika.Server.Tests.Edge;

/// <summary>
/// Browsers on ALLOWED_ORIGINS and the frontend may call the REST edge with credentials; pages anywhere else get no
/// CORS header and so cannot read an answer. Run against Production, where every calculation needs a caller: a
/// preflight carries no credentials and must still be answered.
/// </summary>
public sealed class CorsTests
{
    private const string Foreign = "https://evil.example";

    [TestCase("POST", "/v1/chart")]
    [TestCase("POST", "/chart")]
    [TestCase("POST", "/v1/dasha")]
    [TestCase("POST", "/v1/dasha:stream")]
    [TestCase("GET", "/v1/places?q=pune")]
    [TestCase("GET", "/v1/profiles/7d1c0a4e-5b7f-4d0e-9a53-1d2c3b4a5f60")]
    [TestCase("PATCH", "/v1/profiles/7d1c0a4e-5b7f-4d0e-9a53-1d2c3b4a5f60")]
    [TestCase("DELETE", "/v1/profiles/7d1c0a4e-5b7f-4d0e-9a53-1d2c3b4a5f60")]
    [TestCase("POST", "/v1/tokens")]
    [TestCase("DELETE", "/v1/tokens/42")]
    [TestCase("GET", "/me")]
    [TestCase("POST", "/auth/logout")]
    public async Task A_preflight_from_an_allowed_origin_is_answered_on_every_route(string method, string path)
    {
        using var response = await PreflightAsync(path, ProductionEdge.Partner, method);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.Multiple(() =>
        {
            Assert.That(Header(response, "Access-Control-Allow-Origin"), Is.EqualTo(ProductionEdge.Partner));
            Assert.That(Header(response, "Access-Control-Allow-Credentials"), Is.EqualTo("true"));
            Assert.That(Header(response, "Access-Control-Allow-Methods"), Does.Contain(method));
            Assert.That(Header(response, "Access-Control-Allow-Headers"), Does.Contain("content-type").And.Contain("authorization"));
            Assert.That(Header(response, "Access-Control-Max-Age"), Is.EqualTo("600"));
        });
    }

    [Test]
    public async Task The_frontend_origin_is_allowed_without_being_listed()
    {
        using var response = await PreflightAsync("/v1/chart", SignInSite.Frontend, "POST");

        Assert.That(Header(response, "Access-Control-Allow-Origin"), Is.EqualTo(SignInSite.Frontend));
    }

    [TestCase(Foreign)]
    [TestCase("http://partner.jyotishika.test")]
    [TestCase("https://partner.jyotishika.test:8443")]
    [TestCase("null")]
    public async Task Another_origin_gets_no_CORS_header(string origin)
    {
        using var preflight = await PreflightAsync("/v1/chart", origin, "POST");
        using var actual = await SendAsync(ProductionEdge.Request(HttpMethod.Get, "/healthz", origin));

        Assert.That(AccessControlHeaders(preflight), Is.Empty);
        Assert.That(AccessControlHeaders(actual), Is.Empty);
        Assert.That((int)preflight.StatusCode, Is.Not.EqualTo(401));
    }

    [Test]
    public async Task An_answer_to_an_allowed_origin_carries_its_CORS_headers()
    {
        using var response = await SendAsync(ProductionEdge.Request(HttpMethod.Get, "/healthz", ProductionEdge.Partner));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.Multiple(() =>
        {
            Assert.That(Header(response, "Access-Control-Allow-Origin"), Is.EqualTo(ProductionEdge.Partner));
            Assert.That(Header(response, "Access-Control-Allow-Credentials"), Is.EqualTo("true"));
            Assert.That(Header(response, "Access-Control-Expose-Headers"),
                Does.Contain("x-correlation-id").And.Contain("retry-after").And.Contain("www-authenticate"));
            Assert.That(Header(response, "Vary"), Does.Contain("Origin"));
        });
    }

    /// <summary>The frontend must be able to read a 401 to send the user to sign in.</summary>
    [Test]
    public async Task A_refusal_to_an_allowed_origin_is_readable_by_its_page()
    {
        using var response = await SendAsync(
            ProductionEdge.Request(HttpMethod.Post, "/v1/chart", ProductionEdge.Partner, ChartRequests.OlderSystemJson));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(Header(response, "Access-Control-Allow-Origin"), Is.EqualTo(ProductionEdge.Partner));
    }

    [Test]
    public async Task Development_may_allow_any_origin()
    {
        await using var server = await RunningServer.StartAsync("environment=Development", "ALLOWED_ORIGINS=*");
        using var request = new HttpRequestMessage(HttpMethod.Options, "/v1/chart");
        request.Headers.Add("Origin", "http://localhost:5173");
        request.Headers.Add("Access-Control-Request-Method", "POST");

        using var response = await server.Rest.SendAsync(request);

        Assert.That(Header(response, "Access-Control-Allow-Origin"), Is.EqualTo("http://localhost:5173"));
    }

    private static Task<HttpResponseMessage> PreflightAsync(string path, string origin, string method)
    {
        var request = ProductionEdge.Request(HttpMethod.Options, path, origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", "content-type,authorization");
        return SendAsync(request);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            return await ProductionEdge.Client.SendAsync(request);
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;

    private static List<string> AccessControlHeaders(HttpResponseMessage response) =>
        [.. response.Headers.Select(header => header.Key)
            .Where(name => name.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase))];
}
