using Microsoft.Extensions.Primitives;

namespace Jyotishika.Server.Platform.Observability;

/// <summary>
/// The id that ties a request's response, error body and log lines together. A caller may choose it (a proxy or a
/// client retrying with the same id) through <see cref="HeaderName"/>; anything else gets a fresh one.
/// </summary>
public sealed record RequestCorrelation(string Id)
{
    public const string HeaderName = "x-correlation-id";

    public const int MaxLength = 64;

    // A token safe to echo in a header, a log line and a JSON body without escaping: no spaces, quotes or controls.
    private static readonly SearchValues<char> Allowed =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.");

    /// <summary>The request's id; outside the correlation middleware (a unit test), ASP.NET Core's own request id.</summary>
    public static string IdOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<RequestCorrelation>()?.Id ?? context.TraceIdentifier;
    }

    /// <summary>The caller's id when it is one sane token; otherwise a new random one.</summary>
    public static RequestCorrelation From(StringValues incoming) =>
        new(incoming.Count == 1 && IsValid(incoming[0]) ? incoming[0]! : Guid.NewGuid().ToString("N"));

    public static bool IsValid(string? id) =>
        id is { Length: > 0 and <= MaxLength } && !id.AsSpan().ContainsAnyExcept(Allowed);
}
