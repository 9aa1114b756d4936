using System.Buffers.Binary;

namespace Jyotishika.Server.Platform.GrpcBinding;

/// <summary>
/// Checks the framing of a unary or server-streaming gRPC request before grpc-dotnet reads it: exactly one
/// length-prefixed message, whole, flagged compressed only with a grpc-encoding. grpc-dotnet answers a broken frame
/// (an empty body, a message shorter than its prefix, a second message) with INTERNAL, the status the gRPC protocol
/// gives transport faults; here the client sent it, so it is INVALID_ARGUMENT naming the request. The body is only
/// examined, never consumed or copied: grpc-dotnet then reads the same buffered bytes.
/// </summary>
public sealed class GrpcFramingGuardMiddleware(RequestDelegate next, HttpStatusWriter writer)
{
    private const int HeaderLength = 5;

    /// <summary>Past this the frame is not examined further: grpc-dotnet's own size limit answers RESOURCE_EXHAUSTED.</summary>
    private const long ExaminedBytes = 8L * 1024 * 1024 + HeaderLength;

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpStatusWriter.IsGrpc(context)
            || context.GetEndpoint()?.Metadata.GetMetadata<GrpcMethodMetadata>()?.Method.Type
                is not (MethodType.Unary or MethodType.ServerStreaming))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        string? problem;
        try
        {
            problem = await FramingProblemAsync(context).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is IOException or OperationCanceledException)
        {
            // The client went away or sent too slowly: grpc-dotnet meets the same fault on its own read and answers it
            // as it always has.
            problem = null;
        }

        if (problem is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        await writer.WriteAsync(context, RpcErrors.InvalidArgumentStatus([new InvalidField("request", problem)])).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads only until the verdict is known: as soon as one whole message is there (usually the first read, which the
    /// request's DATA frame has already filled), so a well-formed call waits for nothing more than before. A second
    /// message is seen when it arrives with the first; one sent later is left to grpc-dotnet.
    /// </summary>
    private static async Task<string?> FramingProblemAsync(HttpContext context)
    {
        var reader = context.Request.BodyReader;
        var encoding = context.Request.Headers["grpc-encoding"].ToString();
        while (true)
        {
            var read = await reader.ReadAsync(context.RequestAborted).ConfigureAwait(false);
            var buffer = read.Buffer;
            var (problem, decided) = Judge(buffer, encoding, read.IsCompleted);
            if (decided || buffer.Length > ExaminedBytes)
            {
                reader.AdvanceTo(buffer.Start);
                return problem;
            }

            // Examined, not consumed: the next read returns the same bytes and more.
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>The problem (null for none) and whether what has arrived decides it.</summary>
    private static (string? Problem, bool Decided) Judge(ReadOnlySequence<byte> body, string encoding, bool complete)
    {
        if (body.Length < HeaderLength)
        {
            return !complete ? (null, false)
                : body.IsEmpty ? ("is empty; a gRPC request carries one length-prefixed message", true)
                : ("ends inside the 5-byte message header", true);
        }

        Span<byte> header = stackalloc byte[HeaderLength];
        body.Slice(0, HeaderLength).CopyTo(header);
        var declared = (long)BinaryPrimitives.ReadUInt32BigEndian(header[1..]);
        var arrived = body.Length - HeaderLength;
        return header[0] switch
        {
            > 1 => ("has a message header whose compressed flag is neither 0 nor 1", true),
            1 when encoding is "" or "identity" => ("is flagged compressed but names no grpc-encoding", true),
            _ when arrived > declared => ("holds more than one message; this method takes one", true),
            _ when arrived == declared => (null, true),
            _ when complete => ($"is shorter than its length prefix says ({arrived} of {declared} bytes)", true),
            _ => (null, false),
        };
    }
}
