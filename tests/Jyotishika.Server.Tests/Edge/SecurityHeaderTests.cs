using System.Text;
using Grpc.Core;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests.Edge;

/// <summary>Every HTTP answer tells browsers it is inert data; HSTS only in Production; gRPC answers are left alone.</summary>
public sealed class SecurityHeaderTests
{
    private static readonly (string Name, string Value)[] Expected =
    [
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        ("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"),
        ("Referrer-Policy", "no-referrer"),
        ("Cross-Origin-Resource-Policy", "same-origin"),
    ];

    [TestCase("GET", "/healthz", null, 200)]
    [TestCase("GET", "/license", null, 200)]
    [TestCase("GET", "/me", null, 200)]
    [TestCase("GET", "/no/such/route", null, 404)]
    [TestCase("POST", "/v1/chart", ChartRequests.OlderSystemJson, 401)]
    [TestCase("GET", "/auth/google/login", null, 302)]
    public async Task Production_answers_carry_every_header_and_HSTS(string method, string path, string? body, int status)
    {
        using var request = ProductionEdge.Request(new HttpMethod(method), path, json: body);
        using var response = await ProductionEdge.Client.SendAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
        AssertSecurityHeaders(response);
        Assert.That(Header(response, "Strict-Transport-Security"), Is.EqualTo("max-age=31536000; includeSubDomains"));
    }

    [TestCase("POST", "/v1/chart", ChartRequests.OlderSystemJson, 200)]
    [TestCase("GET", "/healthz", null, 200)]
    [TestCase("POST", "/v1/chart", "{\"latitude\":", 400)]
    [TestCase("GET", "/v1/profiles", null, 401)]
    [TestCase("GET", "/nothing-here", null, 404)]
    public async Task Development_answers_carry_them_without_HSTS(string method, string path, string? body, int status)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await ServerFixture.Rest.SendAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
        AssertSecurityHeaders(response);
        Assert.That(Header(response, "Strict-Transport-Security"), Is.Null);
    }

    [Test]
    public async Task A_gRPC_call_gets_none_of_them_and_still_works()
    {
        var client = new ChartService.ChartServiceClient(ServerFixture.Grpc);

        using var call = client.ComputeChartAsync(ChartRequests.Pune1991());
        var headers = await call.ResponseHeadersAsync;
        var chart = await call;

        Assert.That(chart.Planets, Is.Not.Empty);
        Assert.That(headers.Select(entry => entry.Key), Has.None.EqualTo("x-frame-options").And.None.EqualTo("content-security-policy"));
        Assert.That(call.GetStatus().StatusCode, Is.EqualTo(StatusCode.OK));
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response) =>
        Assert.Multiple(() =>
        {
            foreach (var (name, value) in Expected)
            {
                Assert.That(Header(response, name), Is.EqualTo(value), name);
            }
        });

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;
}
