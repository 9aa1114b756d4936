using System.Net;
using System.Net.Http.Headers;
using Jyotishika.Server.Tests.Auth;
using Jyotishika.Server.Tests.Infrastructure;

namespace Jyotishika.Server.Tests.Fuzzing;

/// <summary>
/// A seeded, bounded fuzz run over every route the contract maps, on a Production server with a signed-in caller (an
/// API token), so that profile and account routes are reached as well as calculations. REST: hostile JSON bodies,
/// paths and query strings generated from each request message. gRPC: random, damaged and hostile-valued messages
/// for every method. No answer may be a server fault, and every refusal must name a field. The seed is fixed, so a
/// failure reproduces; each failure is reported with the request that caused it.
/// </summary>
[NonParallelizable]
public sealed class ContractFuzzTests
{
    private const int Seed = 20261207;
    private const int RestCasesPerRoute = 120;
    private const int GrpcCasesPerMethod = 80;

    /// <summary>Streams are read this far and then dropped, as a client that saw enough would.</summary>
    private const int MaxAnswerBytes = 64 * 1024;

    private SignInSite site = null!;
    private string token = null!;

    private readonly List<string> ownIds = [];

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        site = await SignInSite.StartAsync();
        token = await site.ApiTokenForAsync("fuzz");

        // Real profiles and notes of the caller, so that fuzzed paths reach past "not found" into updates and notes.
        using var client = Client(site.Server.BaseUrl);
        for (var i = 0; i < 3; i++)
        {
            var profileId = await CreateAsync(client, "/v1/profiles", Profiles.Births.Profile($"Fuzz {i}"));
            ownIds.Add(profileId);
            ownIds.Add(await CreateAsync(client, $"/v1/profiles/{profileId}/notes", "{\"title\":\"t\",\"body\":\"b\"}"));
        }
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await site.DisposeAsync();

    [Test]
    public async Task No_fuzzed_REST_request_is_a_server_fault_and_every_400_names_a_field()
    {
        var random = new Random(Seed);
        var bodies = new JsonFuzz(random);
        var paths = new QueryFuzz(random, bodies, ownIds);
        var routes = ContractRoutes.Rest();
        Assert.That(routes, Has.Count.GreaterThanOrEqualTo(25), "the contract's routes were found");
        using var client = Client(site.Server.BaseUrl);

        var failures = new List<string>();
        var answered = new Dictionary<int, int>();
        foreach (var route in routes)
        {
            for (var i = 0; i < RestCasesPerRoute; i++)
            {
                var target = paths.PathAndQuery(route);
                var body = string.IsNullOrEmpty(route.Body) ? null : bodies.Body(route.BodyMessage);
                var (status, text) = await SendAsync(client, route.Verb, target, body, random);
                answered[status] = answered.GetValueOrDefault(status) + 1;
                if (FuzzVerdict.Rest(target, status, text) is { } problem)
                {
                    failures.Add($"{route.Verb} {Shown(target)} {Shown(body)} → {problem}: {Shown(text)}");
                }
            }
        }

        TestContext.Out.WriteLine($"REST answers by status: {Tally(answered)}");
        Assert.That(failures, Is.Empty, string.Join("\n", failures.Take(20)));
        Assert.That(answered.GetValueOrDefault(200), Is.GreaterThan(100), "some fuzzed requests are valid and answered");
        Assert.That(answered.GetValueOrDefault(400), Is.GreaterThan(1000), "most fuzzed requests are refused");
    }

    [Test]
    public async Task No_fuzzed_gRPC_message_is_a_server_fault_and_every_INVALID_ARGUMENT_names_a_field()
    {
        var random = new Random(Seed);
        var messages = new ProtobufFuzz(random);
        var grpcAddress = site.Server.Grpc.Target;
        using var client = Client(new Uri($"http://{grpcAddress}"));

        var failures = new List<string>();
        var answered = new Dictionary<int, int>();
        foreach (var method in ContractRoutes.Grpc())
        {
            for (var i = 0; i < GrpcCasesPerMethod; i++)
            {
                var payload = messages.Payload(method.InputType);
                var (status, message, details) = await RawGrpc.CallAsync(
                    client, new Uri($"/{method.Service.FullName}/{method.Name}", UriKind.Relative), payload, MaxAnswerBytes);
                answered[status] = answered.GetValueOrDefault(status) + 1;
                if (FuzzVerdict.Grpc(status, message, details) is { } problem)
                {
                    var shown = Convert.ToHexString(payload.AsSpan(0, Math.Min(payload.Length, 2048)));
                    failures.Add($"{method.FullName} [{shown}] → {problem}");
                }
            }
        }

        TestContext.Out.WriteLine($"gRPC answers by status: {Tally(answered)}");
        Assert.That(failures, Is.Empty, string.Join("\n", failures.Take(20)));
        Assert.That(answered.GetValueOrDefault(0), Is.GreaterThan(50), "some fuzzed messages are valid and answered");
        Assert.That(answered.GetValueOrDefault(3), Is.GreaterThan(500), "most fuzzed messages are refused");
    }

    private HttpClient Client(Uri baseAddress)
    {
        var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<string> CreateAsync(HttpClient client, string path, string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);
        var answer = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), answer);
        using var json = System.Text.Json.JsonDocument.Parse(answer);
        return json.RootElement.GetProperty("id").GetString()!;
    }

    private async Task<(int Status, string Body)> SendAsync(HttpClient client, string verb, string target, byte[]? body, Random random)
    {
        using var request = new HttpRequestMessage(new HttpMethod(verb), target);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            var type = new[] { "application/json", "application/json; charset=utf-8", "text/plain", null }[random.Next(4)];
            if (type is not null)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
            }
        }

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return ((int)response.StatusCode, await RawGrpc.ReadSomeAsync(response.Content, MaxAnswerBytes));
    }

    private static string Tally(Dictionary<int, int> answered) =>
        string.Join(", ", answered.OrderBy(pair => pair.Key).Select(pair => $"{pair.Key}×{pair.Value}"));

    private static string Shown(byte[]? body) => body is null ? string.Empty : Shown(System.Text.Encoding.UTF8.GetString(body));

    private static string Shown(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
