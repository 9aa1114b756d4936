namespace Jyotishika.Server.Platform.Edge;

/// <summary>Which requests the edge's compression and timeouts apply to.</summary>
internal static class EdgeRequests
{
    /// <summary>A gRPC call (application/grpc, +proto or +json): it has its own compression and deadlines.</summary>
    public static bool IsGrpc(HttpContext context) =>
        context.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>
    /// Compression is for REST answers, except the one whose body holds a secret (POST /v1/tokens, the API token shown
    /// once). Compressing a secret beside text an attacker can influence (the token's name) lets the compressed length
    /// leak it (BREACH); that answer is tiny, so leaving it uncompressed costs nothing.
    /// </summary>
    public static bool MayCompress(HttpContext context) =>
        !IsGrpc(context)
        && !(HttpMethods.IsPost(context.Request.Method)
            && context.Request.Path.StartsWithSegments("/v1/tokens", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// REST calls get REQUEST_TIMEOUT_SECONDS; gRPC calls carry their own deadline, and a server-streaming call over
    /// REST (POST /v1/dasha:stream) legitimately runs as long as its reader keeps reading. Needs routing to have run.
    /// </summary>
    public static bool HasRequestTimeout(HttpContext context) =>
        !IsGrpc(context)
        && context.GetEndpoint()?.Metadata.GetMetadata<GrpcJsonTranscodingMetadata>()?.MethodDescriptor.IsServerStreaming != true;
}
