using System.Net;
using System.Net.Sockets;
using System.Text;
using Google.Rpc;
using Grpc.Core;
using Jyotishika.Server.Tests.Fuzzing;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests.Edge;

/// <summary>
/// One regression test per row of the independent probe's findings (issue 15: F1-F4, F6, F7), each the probe's own
/// reproduction: every one was a 500 / INTERNAL / UNKNOWN or a 400 that named no field.
/// </summary>
public sealed class HostileInputTests
{
    private const string Pune = "\"datetime\":\"1991-03-25T09:46:00\",\"tz\":\"Asia/Kolkata\",\"latitude\":18.5204,\"longitude\":73.8567";

    private static IEnumerable<TestCaseData> BodyRoutes() =>
        ContractRoutes.Rest().Where(route => !string.IsNullOrEmpty(route.Body))
            .Select(route => new TestCaseData(route.Verb, route.Pattern).SetArgDisplayNames(route.ToString()));

    [TestCaseSource(nameof(BodyRoutes))]
    public async Task F1_a_byte_that_is_not_UTF_8_in_a_property_name_is_400_naming_the_body(string verb, string pattern)
    {
        var body = Encoding.UTF8.GetBytes("{\"name\":1,\"").Concat(new byte[] { 0xff }).Concat(Encoding.UTF8.GetBytes("\":1}")).ToArray();

        var (status, text) = await SendAsync(verb, Concrete(pattern), body);

        Assert.That(status, Is.AnyOf(400, 401), text);
        if (status == 400)
        {
            Assert.That(RestErrors.Violations(text), Does.Contain(("body", "is not valid UTF-8")), text);
        }
    }

    [TestCase("\"\\udc00\"", "houseSystem")]
    [TestCase("\"WHOLE_\\udc00\"", "houseSystem")]
    public async Task F1_a_lone_surrogate_in_an_enum_value_is_400_naming_the_field(string value, string field)
    {
        var (status, text) = await RestErrors.PostAsync("/v1/chart", $$"""{{{Pune}},"houseSystem":{{value}}}""");

        Assert.That(status, Is.EqualTo(400), text);
        Assert.That(RestErrors.ViolatedFields(text), Does.Contain(field), text);
    }

    [Test]
    public async Task F1_invalid_UTF_8_inside_an_enum_value_is_400_naming_the_body()
    {
        var body = Encoding.UTF8.GetBytes($$"""{{{Pune}},"houseSystem":"WHOLE_""").Concat(new byte[] { 0xc3, 0x28 })
            .Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();

        var (status, text) = await RestErrors.PostRawAsync("/v1/chart", body);

        Assert.That(status, Is.EqualTo(400), text);
        Assert.That(RestErrors.ViolatedFields(text), Does.Contain("body"), text);
    }

    [Test]
    public async Task F2_a_REST_batch_whose_every_item_is_invalid_is_answered_item_by_item()
    {
        var (status, text) = await RestErrors.PostAsync("/v1/charts:batch", """{"requests":[{},{}]}""");

        Assert.That(status, Is.EqualTo(200), text);
        Assert.That(text, Does.Contain("\"latitude\"").And.Contain("\"datetime\""), "each item names its missing fields");
    }

    [Test]
    public async Task F2_a_gRPC_batch_whose_every_item_is_invalid_is_answered_item_by_item()
    {
        var client = new ChartService.ChartServiceClient(ServerFixture.Grpc);

        var answer = await client.ComputeChartsAsync(new ComputeChartsRequest { Requests = { new ChartRequest(), new ChartRequest() } });

        Assert.That(answer.Results, Has.Count.EqualTo(2));
        Assert.That(answer.Results.Select(r => r.Status.Code), Is.All.EqualTo((int)Code.InvalidArgument));
    }

    [TestCase("/v1/ephemeris/positions?start=9999-12-31T23:59:59Z", "start")]
    [TestCase("/v1/ephemeris/events?start=9999-12-31T23:59:59Z", "start")]
    [TestCase("/v1/ephemeris/positions?end=0001-01-01T00:00:00Z", "end")]
    [TestCase("/v1/ephemeris/events?end=0001-01-01T00:00:00Z", "end")]
    public async Task F3_a_range_at_the_ends_of_representable_dates_is_400_naming_the_field(string path, string field)
    {
        var (status, text) = await RestErrors.GetAsync(path);

        Assert.That(status, Is.EqualTo(400), text);
        Assert.That(RestErrors.ViolatedFields(text), Does.Contain(field), text);
    }

    [Test]
    public void F3_a_gRPC_stream_from_the_last_representable_second_is_INVALID_ARGUMENT()
    {
        var client = new EphemerisService.EphemerisServiceClient(ServerFixture.Grpc);

        var error = Assert.ThrowsAsync<RpcException>(async () =>
        {
            using var call = client.StreamPositions(new PositionsRequest { Start = "9999-12-31T23:59:59Z" });
            await call.ResponseStream.MoveNext();
        })!;

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
    }

    [Test]
    public async Task F4_a_chunk_size_past_any_integer_is_400_naming_the_body()
    {
        var answer = await RawHttpAsync(
            "POST /v1/chart HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" +
            "ffffffffffffffffff\r\nabc\r\n0\r\n\r\n");

        Assert.That(answer, Does.StartWith("HTTP/1.1 400"), answer);
        Assert.That(answer, Does.Contain("\"body\"").And.Not.Contain("Exception"), answer);
    }

    [Test]
    public async Task F4_a_body_trickling_below_the_minimum_data_rate_is_408_naming_the_body()
    {
        // Kestrel allows 240 bytes/s after a 5 s grace: this sends 10 bytes, then nothing, of a declared 500.
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(IPAddress.Loopback, ServerFixture.HttpPort);
        await socket.SendAsync(Encoding.ASCII.GetBytes(
            "POST /v1/chart HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"datetime"));

        var answer = await ReadAllAsync(socket, TimeSpan.FromSeconds(30));

        Assert.That(answer, Does.StartWith("HTTP/1.1 408"), answer);
        Assert.That(answer, Does.Contain("\"body\"").And.Contain("too slowly"), answer);
    }

    [Test]
    public async Task F6_a_malformed_protobuf_message_is_INVALID_ARGUMENT_naming_the_request()
    {
        var (status, details) = await RawGrpcAsync("/jyotishika.v1.ChartService/ComputeChart", [0xff, 0xff, 0xff, 0xff, 0xff]);

        Assert.That(status, Is.EqualTo((int)StatusCode.InvalidArgument));
        Assert.That(details?.GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field), Does.Contain("request"));
    }

    [Test]
    public async Task F6_a_string_that_is_not_UTF_8_is_INVALID_ARGUMENT()
    {
        // Field 1 (datetime), length 3, bytes ff fe 41.
        var (status, _) = await RawGrpcAsync("/jyotishika.v1.ChartService/ComputeChart", [0x0a, 0x03, 0xff, 0xfe, 0x41]);

        Assert.That(status, Is.EqualTo((int)StatusCode.InvalidArgument));
    }

    [TestCase(new byte[0], "is empty")]
    [TestCase(new byte[] { 0, 0, 0 }, "ends inside")]
    [TestCase(new byte[] { 0, 0, 0, 0, 9, 1, 2 }, "shorter than its length prefix")]
    [TestCase(new byte[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, "more than one message")]
    [TestCase(new byte[] { 7, 0, 0, 0, 0 }, "compressed flag")]
    [TestCase(new byte[] { 1, 0, 0, 0, 0 }, "names no grpc-encoding")]
    public async Task F6_a_broken_gRPC_frame_is_INVALID_ARGUMENT_naming_the_request(byte[] body, string description)
    {
        using var client = new HttpClient();
        var answer = await RawGrpc.CallAsync(client, new Uri($"http://127.0.0.1:{ServerFixture.GrpcPort}/jyotishika.v1.ChartService/ComputeChart"),
            body, sendEncoding: false);

        Assert.That(answer.Status, Is.EqualTo((int)StatusCode.InvalidArgument), answer.Message);
        var violation = answer.Details?.GetDetail<BadRequest>()?.FieldViolations.Single();
        Assert.That(violation?.Field, Is.EqualTo("request"));
        Assert.That(violation?.Description, Does.Contain(description));
    }

    [Test]
    public async Task F6_a_corrupt_gzip_message_is_INVALID_ARGUMENT_naming_the_request()
    {
        var (status, details) = await RawGrpcAsync("/jyotishika.v1.ChartService/ComputeChart", [0xff, 0xff, 0xff, 0xff, 0xff], "gzip");

        Assert.That(status, Is.EqualTo((int)StatusCode.InvalidArgument));
        Assert.That(details?.GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field), Does.Contain("request"));
    }

    [TestCase("""{"requests":null}""", "/v1/charts:batch", "requests")]
    [TestCase("""{"requests":[null]}""", "/v1/charts:batch", "requests[0]")]
    public async Task F7_what_the_transcoder_would_refuse_in_its_own_words_is_refused_naming_the_field(
        string body, string path, string field)
    {
        var (status, text) = await RestErrors.PostAsync(path, body);

        Assert.That(status, Is.EqualTo(400), text);
        Assert.That(RestErrors.ViolatedFields(text), Does.Contain(field), text);
        Assert.That(text, Does.Not.Contain("Google.Protobuf").And.Not.Contain("RepeatedField"), text);
    }

    [TestCase("/v1/ephemeris/positions?start=2026-01-01T00:00:00Z&end=2026-01-01T01:00:00Z&stepSeconds=3600&settings=1", "settings")]
    [TestCase("/v1/ephemeris/positions?start=2026-01-01T00:00:00Z&end=2026-01-01T01:00:00Z&stepSeconds=3600&bodies=PLUTONIUM",
        "bodies")]
    [TestCase("/v1/places?query=pune&limit=1.5", "limit")]
    [TestCase("/v1/places?query=pune&LIMIT=3", "LIMIT")]
    public async Task F7_a_query_parameter_the_transcoder_cannot_bind_is_400_naming_it(string path, string field)
    {
        var (status, text) = await RestErrors.GetAsync(path);

        Assert.That(status, Is.EqualTo(400), text);
        Assert.That(RestErrors.ViolatedFields(text), Does.Contain(field), text);
    }

    [TestCase("/v1/chart?latitude=10", "latitude")]
    [TestCase("/chart?tz=UTC", "tz")]
    public async Task F7_a_query_parameter_beside_a_body_that_holds_every_field_is_400_naming_it(string path, string field)
    {
        var (status, text) = await RestErrors.PostAsync(path, ChartRequests.OlderSystemJson);

        Assert.That(status, Is.EqualTo(400), text);
        Assert.That(RestErrors.ViolatedFields(text), Does.Contain(field), text);
    }

    [TestCase("MOON")]
    [TestCase("PLANET_MOON")]
    [TestCase("2")]
    public async Task A_query_enum_takes_every_spelling_a_JSON_body_takes(string moon)
    {
        using var response = await ServerFixture.Rest.GetAsync(new Uri(
            $"/v1/ephemeris/positions?start=2026-01-01T00:00:00Z&end=2026-01-01T01:00:00Z&stepSeconds=3600&bodies={moon}",
            UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        Assert.That(text, Does.Contain("\"MOON\"").And.Not.Contain("\"SUN\""), text);
    }

    private static string Concrete(string pattern) =>
        string.Join('/', pattern.Split('/').Select(part =>
            part.StartsWith('{') ? "00000000-0000-0000-0000-000000000000" + part[(part.IndexOf('}') + 1)..] : part));

    private static async Task<(int Status, string Body)> SendAsync(string verb, string path, byte[] body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(verb), path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var response = await ServerFixture.Rest.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> RawHttpAsync(string request)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(IPAddress.Loopback, ServerFixture.HttpPort);
        await socket.SendAsync(Encoding.ASCII.GetBytes(request));
        return await ReadAllAsync(socket, TimeSpan.FromSeconds(10));
    }

    /// <summary>Everything the server sends until it closes the connection (it does, after refusing a body) or time runs out.</summary>
    private static async Task<string> ReadAllAsync(Socket socket, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        var received = new MemoryStream();
        var buffer = new byte[4096];
        try
        {
            int read;
            while ((read = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (OperationCanceledException)
        {
        }

        return Encoding.UTF8.GetString(received.ToArray());
    }

    private static async Task<(int Status, Google.Rpc.Status? Details)> RawGrpcAsync(string path, byte[] message, string? encoding = null)
    {
        using var client = new HttpClient();
        var answer = await RawGrpc.CallAsync(
            client, new Uri($"http://127.0.0.1:{ServerFixture.GrpcPort}{path}"), RawGrpc.Frame(message, compressed: encoding == "gzip"));
        return (answer.Status, answer.Details);
    }
}
