using System.IO.Hashing;
using Microsoft.Net.Http.Headers;

namespace Jyotishika.Server.Features.Charts.Pictures;

/// <summary>
/// HTTP caching for a picture answered over REST: a strong ETag from its bytes (identical input gives identical bytes, so
/// the tag is stable across instances and restarts of one build), a day's Cache-Control, and a 304 for a GET whose
/// If-None-Match already names it. The picture may be embedded from any origin (an &lt;img src&gt; on a browser app's
/// page), so its Cross-Origin-Resource-Policy is cross-origin rather than the API's same-origin.
/// </summary>
public sealed class PictureCaching(AuthOptions auth)
{
    /// <summary>Public when anyone may compute charts; private when a caller must sign in, so no shared cache keeps it.</summary>
    private readonly string cacheControl = auth.RequireUserForCalculations ? "private, max-age=86400" : "public, max-age=86400";

    /// <summary>Writes the caching headers; true when the caller's copy is current and the answer is 304 without a body.</summary>
    public bool AnswerIsCurrent(HttpContext context, byte[] picture)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(picture);
        var tag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(XxHash128.Hash(picture))}\"");
        var headers = context.Response.Headers;
        headers.ETag = tag.ToString();
        headers.CacheControl = cacheControl;
        headers["Cross-Origin-Resource-Policy"] = "cross-origin";

        // RFC 9110 §13.1.2: If-None-Match compares weakly, and only a GET or HEAD is answered 304.
        var current = HttpMethods.IsGet(context.Request.Method)
            && context.Request.GetTypedHeaders().IfNoneMatch.Any(candidate =>
                candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(tag, useStrongComparison: false));
        if (current)
        {
            // At response start: the transcoder sets 200 as it writes the (here empty) body after the call returns.
            context.Response.OnStarting(
                static state =>
                {
                    var response = (HttpResponse)state;
                    response.StatusCode = StatusCodes.Status304NotModified;
                    response.Headers.ContentType = default;
                    return Task.CompletedTask;
                },
                context.Response);
        }

        return current;
    }
}
