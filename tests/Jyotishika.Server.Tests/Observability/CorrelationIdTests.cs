using System.Net;
using System.Text;
using System.Text.Json;
using Google.Rpc;
using Grpc.Core;
using Jyotishika.Server.Platform.Observability;
using Jyotishika.Server.Tests.Auth;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.Server.Tests.Profiles;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests.Observability;

/// <summary>
/// Every answer, REST or gRPC, names its request in <c>x-correlation-id</c>; a caller's sane id is kept, anything else
/// replaced; and every error body quotes the same id in a google.rpc.RequestInfo, so a user's report finds the log lines.
/// </summary>
[TestFixture]
public sealed class CorrelationIdTests
{
    private const string Header = RequestCorrelation.HeaderName;
    private const string BadLatitude = """{"datetime":"1991-03-25T09:46:00","latitude":95,"longitude":73.8,"tz":"Asia/Kolkata"}""";
    private const string MistypedLongitude = """{"datetime":"1991-03-25T09:46:00","latitude":18,"longitude":"abc","tz":"Asia/Kolkata"}""";

    [Test]
    public async Task REST_answer_carries_a_generated_id()
    {
        using var first = await ServerFixture.Rest.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var second = await ServerFixture.Rest.GetAsync(new Uri("/healthz", UriKind.Relative));

        var id = HeaderOf(first);
        Assert.That(id, Does.Match("^[0-9a-f]{32}$"));
        Assert.That(HeaderOf(second), Is.Not.EqualTo(id), "each request has its own");
    }

    [Test]
    public async Task gRPC_answer_carries_the_id_as_a_response_header()
    {
        var client = new ChartService.ChartServiceClient(ServerFixture.Grpc);

        using var call = client.ComputeChartAsync(ChartRequests.Pune1991());
        var headers = await call.ResponseHeadersAsync;
        await call;

        Assert.That(headers.GetValue(Header), Does.Match("^[0-9a-f]{32}$"));
    }

    [TestCase("support-ticket-4711")]
    [TestCase("A.b_C-9")]
    [TestCase("0123456789012345678901234567890123456789012345678901234567890123")]
    public async Task A_sane_incoming_id_is_echoed_by_REST_and_gRPC(string incoming)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/healthz", UriKind.Relative));
        request.Headers.Add(Header, incoming);
        using var rest = await ServerFixture.Rest.SendAsync(request);

        var client = new ChartService.ChartServiceClient(ServerFixture.Grpc);
        using var call = client.ComputeChartAsync(ChartRequests.Pune1991(), new Metadata { { Header, incoming } });
        var headers = await call.ResponseHeadersAsync;
        await call;

        Assert.That(HeaderOf(rest), Is.EqualTo(incoming));
        Assert.That(headers.GetValue(Header), Is.EqualTo(incoming));
    }

    [TestCase("01234567890123456789012345678901234567890123456789012345678901234", TestName = "65 characters")]
    [TestCase("two words")]
    [TestCase("quote\"d")]
    [TestCase("new\\nline")]
    [TestCase("<script>")]
    [TestCase("")]
    public async Task Any_other_incoming_id_is_replaced(string incoming)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/healthz", UriKind.Relative));
        request.Headers.TryAddWithoutValidation(Header, incoming);

        using var response = await ServerFixture.Rest.SendAsync(request);

        Assert.That(HeaderOf(response), Does.Match("^[0-9a-f]{32}$"));
    }

    [Test]
    public async Task Two_incoming_ids_are_replaced_by_one()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/healthz", UriKind.Relative));
        request.Headers.Add(Header, ["first", "second"]);

        using var response = await ServerFixture.Rest.SendAsync(request);

        Assert.That(HeaderOf(response), Does.Match("^[0-9a-f]{32}$"));
    }

    [TestCase(BadLatitude, TestName = "Out-of-range field (the service's INVALID_ARGUMENT, transcoded)")]
    [TestCase(MistypedLongitude, TestName = "Mistyped field (the body guard's 400)")]
    public async Task Bad_chart_input_400_quotes_the_id(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await ServerFixture.Rest.PostAsync(new Uri("/v1/chart", UriKind.Relative), content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        await AssertQuotesHeaderAsync(response, Code.InvalidArgument);
    }

    [Test]
    public void Bad_chart_input_over_gRPC_quotes_the_id_in_the_status_details()
    {
        var client = new ChartService.ChartServiceClient(ServerFixture.Grpc);
        var request = ChartRequests.Pune1991();
        request.Latitude = 95;

        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await client.ComputeChartAsync(request, new Metadata { { Header, "grpc-bad-input" } }))!;

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.GetRpcStatus()?.GetDetail<BadRequest>(), Is.Not.Null, "the field violations are still there");
        Assert.That(error.GetRpcStatus()?.GetDetail<RequestInfo>()?.RequestId, Is.EqualTo("grpc-bad-input"));
        Assert.That(error.Trailers.GetValue(Header), Is.EqualTo("grpc-bad-input"), "a trailers-only answer's headers are its trailers");
    }

    [Test]
    public async Task Unauthenticated_401_quotes_the_id()
    {
        using var response = await ServerFixture.Rest.GetAsync(new Uri("/v1/profiles", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        await AssertQuotesHeaderAsync(response, Code.Unauthenticated);
    }

    [Test]
    public void Unauthenticated_gRPC_call_quotes_the_id_in_the_status_details()
    {
        var client = new ProfileService.ProfileServiceClient(ServerFixture.Grpc);

        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await client.ListProfilesAsync(new ListProfilesRequest(), new Metadata { { Header, "grpc-anonymous" } }))!;

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.Unauthenticated));
        Assert.That(error.GetRpcStatus()?.GetDetail<RequestInfo>()?.RequestId, Is.EqualTo("grpc-anonymous"));
        Assert.That(error.Trailers.GetValue(Header), Is.EqualTo("grpc-anonymous"));
    }

    [Test]
    public async Task Missing_profile_404_quotes_the_id()
    {
        await using var site = await ProfileSite.StartAsync();
        var person = await site.SignUpAsync("ilsa");

        using var response = await site.Site.SendAsync(person.Browser, HttpMethod.Get, $"/v1/profiles/{Guid.NewGuid()}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        await AssertQuotesHeaderAsync(response, Code.NotFound);
    }

    [Test]
    public async Task Rate_limited_429_quotes_the_id()
    {
        await using var limited = await SignInSite.StartAsync(settings: ["AUTH_RATE_LIMIT_PER_MINUTE=1"]);
        using var browser = new TestBrowser();
        var login = new Uri(limited.Server.BaseUrl, "/auth/google/login");
        using (await browser.GetAsync(login))
        {
        }

        using var refused = await browser.GetAsync(login);

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        await AssertQuotesHeaderAsync(refused, Code.ResourceExhausted);
    }

    private static string HeaderOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues(Header, out var values) ? values.Single() : throw new AssertionException($"no {Header} header");

    private static async Task AssertQuotesHeaderAsync(HttpResponseMessage response, Code code)
    {
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        var requestIds = json.RootElement.GetProperty("details").EnumerateArray()
            .Where(detail => detail.GetProperty("@type").GetString() == "type.googleapis.com/google.rpc.RequestInfo")
            .Select(detail => detail.GetProperty("requestId").GetString())
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That(json.RootElement.GetProperty("code").GetInt32(), Is.EqualTo((int)code), body);
            Assert.That(requestIds, Is.EqualTo(new[] { HeaderOf(response) }), body);
        });
    }
}
