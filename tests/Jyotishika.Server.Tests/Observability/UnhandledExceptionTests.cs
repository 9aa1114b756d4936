using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Google.Protobuf;
using Jyotishika.Server.Platform.Errors;
using Jyotishika.Server.Platform.Observability;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Jyotishika.Server.Tests.Observability;

/// <summary>
/// An exception no endpoint handles: the caller gets a generic INTERNAL google.rpc.Status quoting the correlation id,
/// and the log gets the exception, in the request's scope. The real server has no endpoint that throws, so a host with
/// the same first middleware and one failing endpoint stands in.
/// </summary>
[TestFixture]
public sealed class UnhandledExceptionTests
{
    private const string Detail = "connection string Password=hunter2 rejected";

    private readonly CapturingLoggerProvider logs = new();
    private WebApplication app = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Production",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddObservability();
        builder.Logging.ClearProviders().AddProvider(logs);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new JsonFormatter(
            JsonFormatter.Settings.Default.WithTypeRegistry(ErrorDetails.Types)));
        builder.Services.AddSingleton<HttpStatusWriter>();
        app = builder.Build();
        app.UseObservability();
        app.UseErrorAnswers();
        app.MapPost("/fails", IResult () => throw new InvalidOperationException(Detail));
        await app.StartAsync();
        client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
        logs.Dispose();
    }

    [Test]
    public async Task REST_caller_gets_a_generic_500_quoting_the_correlation_id()
    {
        using var response = await SendAsync("rest-failure", "application/json");
        var body = await response.Content.ReadAsStringAsync();

        using var json = JsonDocument.Parse(body);
        var detail = json.RootElement.GetProperty("details").EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
            Assert.That(response.Headers.GetValues(RequestCorrelation.HeaderName), Is.EqualTo(new[] { "rest-failure" }));
            Assert.That(json.RootElement.GetProperty("code").GetInt32(), Is.EqualTo((int)Google.Rpc.Code.Internal));
            Assert.That(json.RootElement.GetProperty("message").GetString(), Is.EqualTo("Internal error"));
            Assert.That(detail.GetProperty("@type").GetString(), Is.EqualTo("type.googleapis.com/google.rpc.RequestInfo"));
            Assert.That(detail.GetProperty("requestId").GetString(), Is.EqualTo("rest-failure"));
            Assert.That(body, Does.Not.Contain("hunter2").And.Not.Contain(nameof(InvalidOperationException)));
        });
    }

    [Test]
    public async Task gRPC_caller_gets_INTERNAL_with_the_id_in_the_status_details()
    {
        using var response = await SendAsync("grpc-failure", "application/grpc");

        var details = Google.Rpc.Status.Parser.ParseFrom(
            Convert.FromBase64String(response.Headers.GetValues("grpc-status-details-bin").Single()));
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.GetValues("grpc-status"), Is.EqualTo(new[] { "13" }));
            Assert.That(response.Headers.GetValues(RequestCorrelation.HeaderName), Is.EqualTo(new[] { "grpc-failure" }));
            Assert.That(details.Details.Single().Unpack<Google.Rpc.RequestInfo>().RequestId, Is.EqualTo("grpc-failure"));
            Assert.That(details.Message, Is.EqualTo("Internal error"));
        });
    }

    [Test]
    public async Task The_log_gets_the_exception_and_a_500_request_line_in_the_requests_scope()
    {
        using (await SendAsync("logged-failure", "application/json"))
        {
        }

        var entries = logs.Entries.Where(entry => Equals(entry.Scope.GetValueOrDefault("CorrelationId"), "logged-failure")).ToList();
        var failure = entries.Single(entry => entry.Exception is not null);
        var requestLine = entries.Single(entry => entry.Category == typeof(RequestLogMiddleware).FullName);
        Assert.Multiple(() =>
        {
            Assert.That(failure.Level, Is.EqualTo(LogLevel.Error));
            Assert.That(failure.Exception!.Message, Is.EqualTo(Detail));
            Assert.That(failure.Scope["TraceId"], Is.Not.Null);
            Assert.That(requestLine.Level, Is.EqualTo(LogLevel.Information));
            Assert.That(requestLine.Message, Does.StartWith("POST /fails answered 500 in "));
        });
    }

    private async Task<HttpResponseMessage> SendAsync(string correlationId, string contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/fails", UriKind.Relative))
        {
            Content = new ByteArrayContent([]),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add(RequestCorrelation.HeaderName, correlationId);
        return await client.SendAsync(request);
    }
}
