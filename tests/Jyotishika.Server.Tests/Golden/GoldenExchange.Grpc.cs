using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Jyotishika.Server.Tests.Infrastructure;

namespace Jyotishika.Server.Tests.Golden;

internal sealed partial class GoldenExchange
{
    private const int FrameHeaderBytes = 5;

    /// <summary>google.rpc detail types the server packs into grpc-status-details-bin, so they are shown as JSON.</summary>
    private static readonly JsonFormatter DetailsFormatter = new(JsonFormatter.Settings.Default.WithTypeRegistry(TypeRegistry.FromMessages(
        Google.Rpc.BadRequest.Descriptor, Google.Rpc.RequestInfo.Descriptor, Google.Rpc.ErrorInfo.Descriptor,
        Google.Rpc.PreconditionFailure.Descriptor, Google.Rpc.RetryInfo.Descriptor, Google.Rpc.QuotaFailure.Descriptor,
        Google.Rpc.ResourceInfo.Descriptor, Google.Rpc.Help.Descriptor, Google.Rpc.LocalizedMessage.Descriptor,
        Google.Rpc.DebugInfo.Descriptor)));

    private async Task<GoldenEntry> GrpcAsync(GrpcCase call)
    {
        var method = GoldenMethods.Find(call.Method);
        var framed = call.Framed ?? RawGrpc.Frame(Message(call, method).ToByteArray());
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/" + call.Method, UriKind.Relative))
        {
            Content = new ByteArrayContent(framed),
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TE.Add(new TransferCodingWithQualityHeaderValue("trailers"));
        if (framed.Length > 0 && framed[0] == 1)
        {
            request.Headers.Add("grpc-encoding", "gzip");
        }

        Prepare(request, call);
        using var response = await grpc.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var body = await response.Content.ReadAsByteArrayAsync();

        var type = response.Content.Headers.ContentType?.ToString() ?? "(no content-type)";
        List<string> answer = [$"http: {(int)response.StatusCode} {type}"];
        answer.AddRange(Messages(body, method, call.Name, call.Names));
        answer.AddRange(Status(response));

        List<string> sent = ["GRPC " + call.Method, "caller: " + call.Caller];
        sent.Add(call.Shown is not null ? "shown: " + call.Shown
            : call.Framed is null ? "json: " + call.Json
            : "framed: " + OrEmpty(Convert.ToHexString(call.Framed)));
        return new GoldenEntry(call.Name, sent, answer);
    }

    /// <summary>The request message: the case's protobuf JSON, placeholders made real, parsed as the method's input.</summary>
    private IMessage Message(GrpcCase call, MethodDescriptor? method)
    {
        var known = method ?? throw new InvalidOperationException($"{call.Name}: {call.Method} is not served, so send Framed bytes");
        var json = ShortEnumNames.Prefixed(JsonNode.Parse(placeholders.ToReal(call.Json ?? "{}", recording)), known.InputType);
        return JsonParser.Default.Parse(json!.ToJsonString(), known.InputType);
    }

    /// <summary>Each answer message, one line each, in order; an incomplete frame is shown as such.</summary>
    private IEnumerable<string> Messages(byte[] body, MethodDescriptor? method, string request, string? names)
    {
        var offset = 0;
        while (offset < body.Length)
        {
            if (body.Length - offset < FrameHeaderBytes)
            {
                yield return "incomplete frame: " + Convert.ToBase64String(body, offset, body.Length - offset);
                yield break;
            }

            var compressed = body[offset] != 0;
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(offset + 1));
            var start = offset + FrameHeaderBytes;
            if (length > body.Length - start)
            {
                yield return "incomplete frame: " + Convert.ToBase64String(body, offset, body.Length - offset);
                yield break;
            }

            var message = body.AsSpan(start, length).ToArray();
            yield return compressed
                ? "compressed message: " + OrEmpty(Convert.ToBase64String(message))
                : "message: " + OrEmpty(Convert.ToBase64String(Normalized(message, method, request, names)));
            offset = start + length;
        }
    }

    /// <summary>
    /// An answer message with run-dependent values replaced, as for REST: each string field through the placeholders,
    /// each <see cref="VaryingTimes"/> field set to the epoch. When that changes anything, the message is re-serialized,
    /// which is only allowed when the server's bytes were protobuf's canonical encoding of it (else a normalized answer
    /// could hide a change in its encoding); an answer with nothing to replace is kept byte for byte.
    /// </summary>
    private byte[] Normalized(byte[] message, MethodDescriptor? method, string request, string? names)
    {
        if (method is null)
        {
            return message;
        }

        IMessage parsed;
        try
        {
            parsed = method.OutputType.Parser.ParseFrom(message);
        }
        catch (InvalidProtocolBufferException)
        {
            return message;
        }

        placeholders.Discover(JsonNode.Parse(JsonFormatter.Default.Format(parsed)), request, names);
        var normalized = method.OutputType.Parser.ParseFrom(message);
        VaryingTimes.InMessage(normalized, placeholders.ToPlaceholders);
        var bytes = normalized.ToByteArray();
        if (bytes.AsSpan().SequenceEqual(message))
        {
            return message;
        }

        if (!parsed.ToByteArray().AsSpan().SequenceEqual(message))
        {
            throw new InvalidOperationException(
                $"A {method.OutputType.Name} answer is not protobuf's canonical encoding, so it cannot be normalized: " +
                Convert.ToBase64String(message));
        }

        return bytes;
    }

    /// <summary>The status from the trailers (or from the headers of a trailers-only answer), details decoded.</summary>
    private IEnumerable<string> Status(HttpResponseMessage response)
    {
        var headers = response.TrailingHeaders.Contains("grpc-status") ? (HttpHeaders)response.TrailingHeaders : response.Headers;
        yield return "grpc-status: " + (headers.TryGetValues("grpc-status", out var status) ? string.Join(",", status) : "(none)");
        if (headers.TryGetValues("grpc-message", out var message))
        {
            yield return "grpc-message: " + OrEmpty(placeholders.ToPlaceholders(string.Join(",", message)));
        }

        if (headers.TryGetValues("grpc-status-details-bin", out var details))
        {
            yield return "grpc-status-details-bin: " + Details(string.Join(",", details));
        }
    }

    /// <summary>A value, or "(empty)": a golden line never ends in a space an editor would trim.</summary>
    private static string OrEmpty(string value) => value.Length == 0 ? "(empty)" : value;

    /// <summary>A google.rpc.Status as JSON with its placeholders; the raw header when it does not decode.</summary>
    private string Details(string header)
    {
        try
        {
            var padded = header.PadRight(header.Length + ((4 - (header.Length % 4)) % 4), '=');
            var status = Google.Rpc.Status.Parser.ParseFrom(Convert.FromBase64String(padded));
            return placeholders.ToPlaceholders(DetailsFormatter.Format(status));
        }
        catch (Exception undecodable) when (undecodable is FormatException or InvalidProtocolBufferException or InvalidOperationException)
        {
            return "undecodable " + header;
        }
    }
}
