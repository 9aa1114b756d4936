namespace Jyotishika.Server.Tests.Golden;

/// <summary>
/// One recorded request. <see cref="Name"/> is unique across all groups, is the entry's key in its golden file and, as
/// <c>x-correlation-id: golden-{Name}</c>, the request id every error body quotes: a fixed id keeps error bodies stable.
/// Text fields may hold placeholders (<c>&lt;profile-1&gt;</c>) for values an earlier answer created.
/// </summary>
internal abstract record GoldenCase(string Name)
{
    /// <summary>Who sends it: one of <see cref="Callers"/>.</summary>
    public string Caller { get; init; } = Callers.Token;

    /// <summary>
    /// When the answer creates something, the placeholder its id takes (<c>profile-1</c> → <c>&lt;profile-1&gt;</c>); a
    /// created API token's secret and prefix become <c>&lt;token-1-secret&gt;</c> and <c>&lt;token-1-prefix&gt;</c>.
    /// Creates expected to be refused carry one too, so that one that starts succeeding still shows a stable id.
    /// </summary>
    public string? Names { get; init; }

    /// <summary>Shown in the golden file instead of a body too large to read there (a 10,001-item batch).</summary>
    public string? Shown { get; init; }

    public string CorrelationId => "golden-" + Name;
}

/// <summary>
/// A REST request over HTTP/1.1. <see cref="RawBody"/>, when set, is sent instead of <see cref="Body"/> (bytes that are
/// not text).
/// </summary>
internal sealed record RestCase(string Name, string Verb, string Target, string? Body = null) : GoldenCase(Name)
{
    public byte[]? RawBody { get; init; }

    /// <summary>The request's content-type; null sends none.</summary>
    public string? ContentType { get; init; } = "application/json";
}

/// <summary>
/// A gRPC call over HTTP/2. The message is <see cref="Json"/> (protobuf JSON of the method's input, parsed and serialized
/// here) or, for what no client would send, <see cref="Framed"/>: the exact request body, gRPC frame header included.
/// </summary>
internal sealed record GrpcCase(string Name, string Method, string? Json = null) : GoldenCase(Name)
{
    public byte[]? Framed { get; init; }
}
