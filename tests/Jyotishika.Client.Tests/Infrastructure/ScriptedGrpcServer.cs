using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace Jyotishika.Client.Tests.Infrastructure;

/// <summary>
/// A gRPC endpoint on real Kestrel (loopback, cleartext HTTP/2) that answers any method from a script and records every
/// request it received: enough to see what the client sends (headers, attempts) and how it takes each answer. An answer
/// not scripted is OK with an empty message, which every response type reads as its default.
/// </summary>
internal sealed class ScriptedGrpcServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ScriptedAnswer> script = new();
    private readonly ConcurrentQueue<RecordedRequest> received = new();

    private ScriptedGrpcServer(WebApplication app) => this.app = app;

    public Uri Address { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Received => [.. received];

    public static async Task<ScriptedGrpcServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        var app = builder.Build();
        var server = new ScriptedGrpcServer(app);
        app.Run(server.AnswerAsync);
        await app.StartAsync().ConfigureAwait(false);
        server.Address = new Uri(app.Urls.Single());
        return server;
    }

    /// <summary>The next calls end with these answers, in order.</summary>
    public void Enqueue(params ScriptedAnswer[] answers)
    {
        foreach (var answer in answers)
        {
            script.Enqueue(answer);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task AnswerAsync(HttpContext context)
    {
        await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted).ConfigureAwait(false);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        received.Enqueue(new RecordedRequest(context.Request.Path.Value ?? "", headers));
        var answer = script.TryDequeue(out var next) ? next : ScriptedAnswer.Ok();
        if (answer.Delay > TimeSpan.Zero)
        {
            await Task.Delay(answer.Delay, context.RequestAborted).ConfigureAwait(false);
        }

        var response = context.Response;
        response.ContentType = "application/grpc";
        if (answer.Code != StatusCode.OK)
        {
            // Trailers-only, as gRPC servers answer a call that fails before any message.
            response.Headers["grpc-status"] = ((int)answer.Code).ToString(CultureInfo.InvariantCulture);
            response.Headers["grpc-message"] = Uri.EscapeDataString(answer.Message);
            if (answer.Details is { } details)
            {
                response.Headers["grpc-status-details-bin"] = Convert.ToBase64String(details.ToByteArray());
            }

            return;
        }

        var frame = new byte[5 + answer.Payload.Length];
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)answer.Payload.Length);
        answer.Payload.CopyTo(frame, 5);
        await response.Body.WriteAsync(frame, context.RequestAborted).ConfigureAwait(false);
        response.AppendTrailer("grpc-status", "0");
    }
}

/// <summary>One answer: a status (OK with <paramref name="Payload"/> as the one message, or a failure), after a delay.</summary>
internal sealed record ScriptedAnswer(StatusCode Code, string Message, Google.Rpc.Status? Details, byte[] Payload, TimeSpan Delay)
{
    public static ScriptedAnswer Ok(IMessage? message = null) =>
        new(StatusCode.OK, "", null, message?.ToByteArray() ?? [], TimeSpan.Zero);

    public static ScriptedAnswer Failure(StatusCode code, Google.Rpc.Status? details = null) =>
        new(code, code.ToString(), details, [], TimeSpan.Zero);

    public static ScriptedAnswer After(TimeSpan delay) => Ok() with { Delay = delay };
}

/// <summary>What the client sent: the method path and the request headers (names lower-case, as HTTP/2 carries them).</summary>
internal sealed record RecordedRequest(string Path, IReadOnlyDictionary<string, string> Headers)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
