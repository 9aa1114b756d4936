using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jyotishika.Server.Platform.Observability;
using Jyotishika.Server.Storage.Accounts;
using Jyotishika.Server.Tests.Infrastructure;

namespace Jyotishika.Server.Tests.Golden;

/// <summary>
/// Sends golden requests one at a time, in order (later ones use ids earlier answers created), and writes each
/// exchange as golden-file lines: REST over HTTP/1.1 on the REST port, gRPC as raw HTTP/2 on the gRPC port, so that
/// the exact bytes of both are what gets recorded.
/// </summary>
internal sealed partial class GoldenExchange : IDisposable
{
    private readonly HttpClient rest;
    private readonly HttpClient grpc;
    private readonly GoldenCallers callers;
    private readonly Placeholders placeholders;
    private readonly bool recording;

    /// <param name="recording">True when writing golden files: a placeholder no earlier answer filled is then an error.</param>
    public GoldenExchange(RunningServer server, GoldenCallers callers, Placeholders placeholders, bool recording)
    {
        ArgumentNullException.ThrowIfNull(server);
        rest = new HttpClient { BaseAddress = server.BaseUrl, Timeout = TimeSpan.FromSeconds(60) };
        grpc = new HttpClient { BaseAddress = new Uri($"http://{server.Grpc.Target}"), Timeout = TimeSpan.FromSeconds(60) };
        this.callers = callers;
        this.placeholders = placeholders;
        this.recording = recording;
    }

    public Task<GoldenEntry> SendAsync(GoldenCase request) => request switch
    {
        RestCase call => RestAsync(call),
        GrpcCase call => GrpcAsync(call),
        _ => throw new ArgumentException($"Unknown case type {request.GetType().Name}", nameof(request)),
    };

    public void Dispose()
    {
        rest.Dispose();
        grpc.Dispose();
    }

    private async Task<GoldenEntry> RestAsync(RestCase call)
    {
        var body = call.RawBody ?? (call.Body is null ? null : Encoding.UTF8.GetBytes(placeholders.ToReal(call.Body, recording)));
        var target = new Uri(placeholders.ToReal(call.Target, recording), UriKind.Relative);
        using var request = new HttpRequestMessage(new HttpMethod(call.Verb), target);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            if (call.ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", call.ContentType);
            }
        }

        Prepare(request, call);
        using var response = await rest.SendAsync(request);
        var answer = Normalized(await response.Content.ReadAsByteArrayAsync(), call.Name, call.Names);

        List<string> sent = [$"{call.Verb} {call.Target}", "caller: " + call.Caller];
        if (body is not null)
        {
            sent.Add("content-type: " + (call.ContentType ?? "(none)"));
            sent.AddRange(
                call.Shown is not null ? ["shown: " + call.Shown]
                : call.RawBody is null ? BodyText.Lines(Encoding.UTF8.GetBytes(call.Body!))
                : BodyText.Lines(call.RawBody));
        }

        var type = response.Content.Headers.ContentType?.ToString() ?? "(no content-type)";
        return new GoldenEntry(call.Name, sent, [$"{(int)response.StatusCode} {type}", .. BodyText.Lines(answer)]);
    }

    /// <summary>The fixed correlation id and the caller's credential.</summary>
    private void Prepare(HttpRequestMessage request, GoldenCase call)
    {
        request.Headers.Add(RequestCorrelation.HeaderName, call.CorrelationId);
        callers.Apply(request, call.Caller, placeholders);
    }

    /// <summary>
    /// A REST answer with run-dependent values replaced: the values earlier answers introduced (and this one's, learnt
    /// first) by their placeholders, and the <see cref="VaryingTimes"/> by "&lt;time&gt;". Bytes that are not UTF-8 are
    /// kept as they are.
    /// </summary>
    private byte[] Normalized(byte[] answer, string request, string? names)
    {
        if (BodyText.AsText(answer) is not { } text)
        {
            return answer;
        }

        try
        {
            placeholders.Discover(JsonNode.Parse(text), request, names);
        }
        catch (JsonException)
        {
            // Not one JSON document (a stream of objects, or a plain-text refusal): nothing in it is created.
        }

        return Encoding.UTF8.GetBytes(VaryingTimes.InJson(placeholders.ToPlaceholders(text)));
    }
}
