using System.Runtime.CompilerServices;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using Jyotishika.V1;

namespace Jyotishika.LoadGenerator.Endpoints;

/// <summary>
/// ComputeChart over N HTTP/2 connections: one <see cref="GrpcChannel"/> per connection, each on its own
/// <see cref="SocketsHttpHandler"/> that never opens a second connection. The load calls send the pre-serialized
/// request bytes and check only that an answer arrived; the typed generated client is used for the preflight call.
/// </summary>
internal sealed class GrpcChartEndpoint : ChartEndpoint
{
    /// <summary>
    /// ComputeChart (or ComputeCharts) with pass-through marshallers: protobuf encoding happened once before the run,
    /// and parsing ~2 KB of answer per chart (dozens of strings) would be this process's largest cost on a machine it
    /// shares with the server.
    /// </summary>
    private static Method<byte[], AnswerReceived> PassThrough(string name) => new(
        MethodType.Unary,
        ChartService.Descriptor.FullName,
        name,
        Marshallers.Create<byte[]>((body, context) => context.Complete(body), context => context.PayloadAsNewBuffer()),
        Marshallers.Create((AnswerReceived _, SerializationContext _) => throw new NotSupportedException(), AnswerReceived.Read));

    private readonly Method<byte[], AnswerReceived> method;
    private readonly GrpcChannel[] channels;
    private readonly ChartRequest[] firstBatch;
    private readonly byte[][] bodies;
    private readonly Metadata? headers;
    private readonly TimeSpan timeout;

    public GrpcChartEndpoint(LoadOptions options, IReadOnlyList<ChartRequest> requests)
    {
        var batch = options.Batch;
        method = PassThrough(batch == 1 ? nameof(ChartService.ChartServiceClient.ComputeChart) : nameof(ChartService.ChartServiceClient.ComputeCharts));
        var batches = Enumerable.Range(0, Math.Max(1, requests.Count / batch))
            .Select(first => Enumerable.Range(first * batch, batch).Select(i => requests[i % requests.Count]).ToArray())
            .ToArray();
        firstBatch = batches[0];
        bodies = batch == 1
            ? requests.Select(request => request.ToByteArray()).ToArray()
            : batches.Select(items => new ComputeChartsRequest { Requests = { items } }.ToByteArray()).ToArray();
        headers = options.Token is { } token ? new Metadata { { "authorization", "Bearer " + token } } : null;
        timeout = options.Timeout;
        channels = new GrpcChannel[options.Connections];
        for (var i = 0; i < channels.Length; i++)
        {
            channels[i] = GrpcChannel.ForAddress(options.Address, new GrpcChannelOptions
            {
                HttpHandler = Http.Handler(multipleHttp2Connections: false, maxConnections: 1),
                DisposeHttpClient = true,
                MaxReceiveMessageSize = null,
            });
        }
    }

    public override string Call => $"{ChartService.Descriptor.FullName}/{method.Name}";

    public override async Task PreflightAsync(ChartRequest request, CancellationToken cancellation)
    {
        var client = new ChartService.ChartServiceClient(channels[0]);
        try
        {
            if (firstBatch.Length == 1)
            {
                var response = await client.ComputeChartAsync(request, headers, DateTime.UtcNow + timeout, cancellation).ConfigureAwait(false);
                EnsureChart(response, Call);
                return;
            }

            var answers = await client.ComputeChartsAsync(
                new ComputeChartsRequest { Requests = { firstBatch } }, headers, DateTime.UtcNow + timeout, cancellation).ConfigureAwait(false);
            if (answers.Results.Count != firstBatch.Length || answers.Results.Any(result => result.Status.Code != 0))
            {
                throw new PreflightException($"{Call} did not answer every item with a chart ({answers.Results.Count} results).");
            }

            foreach (var result in answers.Results)
            {
                EnsureChart(result.Chart, Call);
            }
        }
        catch (RpcException failed) when (!cancellation.IsCancellationRequested)
        {
            throw new PreflightException($"{Call} answered {GrpcStatusNames.Of(failed.StatusCode)}: {failed.Status.Detail}", failed);
        }
    }

    public override ChartCaller CreateCaller(int worker) =>
        new Caller(channels[worker % channels.Length].CreateCallInvoker(), method, bodies, headers);

    public override ValueTask DisposeAsync()
    {
        foreach (var channel in channels)
        {
            channel.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private sealed class Caller(CallInvoker invoker, Method<byte[], AnswerReceived> method, byte[][] bodies, Metadata? headers)
        : ChartCaller
    {
        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
        public override async ValueTask<string?> CallAsync(int request, CancellationToken cancellation)
        {
            var options = new CallOptions(headers, cancellationToken: cancellation);
            using var call = invoker.AsyncUnaryCall(method, null, options, bodies[request % bodies.Length]);
            try
            {
                await call.ResponseAsync.ConfigureAwait(false);
                return null;
            }
            catch (RpcException failed)
            {
                return GrpcStatusNames.Of(failed.StatusCode);
            }
        }
    }

    /// <summary>An answer message arrived; its bytes are not kept.</summary>
    private sealed class AnswerReceived
    {
        private static readonly AnswerReceived Instance = new();

        /// <summary>A chart is never an empty message; an empty one fails the call (INTERNAL) rather than count as a chart.</summary>
        public static AnswerReceived Read(DeserializationContext context) =>
            context.PayloadLength > 0 ? Instance : throw new InvalidDataException("The answer was an empty message, not a chart.");
    }
}
