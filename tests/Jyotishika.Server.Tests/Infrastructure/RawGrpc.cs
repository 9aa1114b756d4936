using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;

namespace Jyotishika.Server.Tests.Infrastructure;

/// <summary>What a raw gRPC call answered: the status from the trailers (or a trailers-only answer's headers).</summary>
internal sealed record RawGrpcAnswer(int Status, string Message, Google.Rpc.Status? Details);

/// <summary>
/// gRPC calls made byte by byte over HTTP/2, so that a test can send what no generated client would: messages that are
/// not valid protobuf, corrupt compression.
/// </summary>
internal static class RawGrpc
{
    /// <summary>One message framed as gRPC does: the compressed flag, its length, then its bytes.</summary>
    public static byte[] Frame(ReadOnlySpan<byte> message, bool compressed = false)
    {
        var framed = new byte[5 + message.Length];
        framed[0] = compressed ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteUInt32BigEndian(framed.AsSpan(1), (uint)message.Length);
        message.CopyTo(framed.AsSpan(5));
        return framed;
    }

    /// <summary>
    /// Posts <paramref name="framed"/> (with grpc-encoding: gzip when its flag says compressed) and reads at most
    /// <paramref name="maxAnswerBytes"/> of the answer. A stream still answering when that is reached has no status yet:
    /// it is reported as OK, since it was answering.
    /// </summary>
    /// <param name="client">The client (HTTP/2 is asked for per request).</param>
    /// <param name="url">The method's URL on the gRPC port.</param>
    /// <param name="framed">The request body as sent.</param>
    /// <param name="maxAnswerBytes">How much of the answer to read.</param>
    /// <param name="sendEncoding">Whether a compressed flag brings its grpc-encoding header (false to send it without).</param>
    public static async Task<RawGrpcAnswer> CallAsync(
        HttpClient client, Uri url, byte[] framed, int maxAnswerBytes = 64 * 1024, bool sendEncoding = true)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(framed);
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new ByteArrayContent(framed),
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TE.Add(new TransferCodingWithQualityHeaderValue("trailers"));
        if (sendEncoding && framed.Length > 0 && framed[0] == 1)
        {
            request.Headers.Add("grpc-encoding", "gzip");
        }

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{url}: HTTP {(int)response.StatusCode}");
        await ReadSomeAsync(response.Content, maxAnswerBytes);
        var headers = response.TrailingHeaders.Contains("grpc-status") ? (HttpHeaders)response.TrailingHeaders : response.Headers;
        if (!headers.TryGetValues("grpc-status", out var statuses))
        {
            return new RawGrpcAnswer(0, string.Empty, null);
        }

        var message = headers.TryGetValues("grpc-message", out var messages) ? Uri.UnescapeDataString(messages.First()) : string.Empty;
        var details = headers.TryGetValues("grpc-status-details-bin", out var encoded)
            ? Google.Rpc.Status.Parser.ParseFrom(Convert.FromBase64String(Padded(encoded.First())))
            : null;
        return new RawGrpcAnswer(int.Parse(statuses.First(), System.Globalization.CultureInfo.InvariantCulture), message, details);
    }

    /// <summary>At most <paramref name="maxBytes"/> of a body, as text: a client that saw enough drops the rest.</summary>
    public static async Task<string> ReadSomeAsync(HttpContent content, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(content);
        await using var stream = await content.ReadAsStreamAsync();
        var buffer = new byte[maxBytes];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total))) > 0)
        {
            total += read;
        }

        return System.Text.Encoding.UTF8.GetString(buffer, 0, total);
    }

    /// <summary>gRPC sends binary headers as unpadded base64.</summary>
    private static string Padded(string base64) => base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
}
