using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using Google.Protobuf;
using Jyotishika.V1;

namespace Jyotishika.LoadGenerator.Endpoints;

/// <summary>
/// POST /v1/chart with the proto JSON form of the request (what the transcoding edge reads). HTTP/1.1: one pool of
/// <see cref="LoadOptions.Connections"/> connections that all workers share (a connection carries one call at a time).
/// h2c: one handler per connection, as for gRPC. Bodies are UTF-8 bytes prepared before the run; answers are read to
/// the end into a per-worker buffer and not parsed.
/// </summary>
internal sealed class RestChartEndpoint : ChartEndpoint
{
    private const string Route = "/v1/chart";
    private static readonly string[] StatusKeys =
        Enumerable.Range(0, 600).Select(code => code.ToString(CultureInfo.InvariantCulture)).ToArray();
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true));

    private readonly HttpMessageInvoker[] connections;
    private readonly Uri uri;
    private readonly Version version;
    private readonly byte[][] bodies;
    private readonly string? authorization;
    private readonly TimeSpan timeout;

    public RestChartEndpoint(LoadOptions options, IReadOnlyList<ChartRequest> requests)
    {
        uri = new Uri(options.Address, Route);
        version = options.RestHttp2 ? HttpVersion.Version20 : HttpVersion.Version11;
        bodies = requests.Select(request => Encoding.UTF8.GetBytes(JsonFormatter.Default.Format(request))).ToArray();
        authorization = options.Token is { } token ? "Bearer " + token : null;
        timeout = options.Timeout;
        connections = options.RestHttp2
            ? Enumerable.Range(0, options.Connections)
                .Select(_ => new HttpMessageInvoker(Http.Handler(multipleHttp2Connections: false, maxConnections: 1))).ToArray()
            : [new HttpMessageInvoker(Http.Handler(multipleHttp2Connections: false, maxConnections: options.Connections))];
    }

    public override string Call => "POST " + Route;

    public override async Task PreflightAsync(ChartRequest request, CancellationToken cancellation)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(timeout);
        try
        {
            using var message = CreateMessage(Encoding.UTF8.GetBytes(JsonFormatter.Default.Format(request)));
            using var response = await connections[0].SendAsync(message, deadline.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(deadline.Token).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new PreflightException($"{Call} at {uri} answered {(int)response.StatusCode}: {body}");
            }

            EnsureChart(Parser.Parse<ChartResponse>(body), Call);
        }
        catch (Exception failed) when (failed is HttpRequestException or InvalidProtocolBufferException
            || (failed is OperationCanceledException && !cancellation.IsCancellationRequested))
        {
            throw new PreflightException($"{Call} at {uri} failed: {failed.Message}", failed);
        }
    }

    public override ChartCaller CreateCaller(int worker) => new Caller(this, connections[worker % connections.Length]);

    public override ValueTask DisposeAsync()
    {
        foreach (var connection in connections)
        {
            connection.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private HttpRequestMessage CreateMessage(byte[] body)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Version = version,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body),
        };

        // Without validation: the values are constants, and parsing them on every call is cost the server never sees.
        message.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        if (authorization is not null)
        {
            message.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return message;
    }

    private sealed class Caller(RestChartEndpoint endpoint, HttpMessageInvoker connection) : ChartCaller
    {
        // A chart answer is ~5 KB of JSON; larger ones are read in several pieces.
        private readonly byte[] buffer = new byte[16 * 1024];

        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
        public override async ValueTask<string?> CallAsync(int request, CancellationToken cancellation)
        {
            using var message = endpoint.CreateMessage(endpoint.bodies[request]);
            try
            {
                using var response = await connection.SendAsync(message, cancellation).ConfigureAwait(false);
                using var stream = await response.Content.ReadAsStreamAsync(cancellation).ConfigureAwait(false);
                var length = 0L;
                int read;
                while ((read = await stream.ReadAsync(buffer, cancellation).ConfigureAwait(false)) > 0)
                {
                    length += read;
                }

                var status = (int)response.StatusCode;
                return status != 200 ? (status < StatusKeys.Length ? StatusKeys[status] : "HTTP_" + status)
                    : length > 0 ? null
                    : "EMPTY_BODY";
            }
            catch (HttpRequestException failed)
            {
                return "transport: " + failed.HttpRequestError;
            }
            catch (IOException)
            {
                return "transport: body";
            }
        }
    }
}
