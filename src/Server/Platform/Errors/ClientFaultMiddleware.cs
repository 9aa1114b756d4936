using Google.Rpc;

namespace Jyotishika.Server.Platform.Errors;

/// <summary>
/// Answers what Kestrel refuses while a request body is read (malformed chunked framing, a body below the minimum data
/// rate, one past the size limit) with the status Kestrel chose and a google.rpc.Status naming the body, instead of
/// letting the exception reach the exception handler (a 500 and an Error line with a stack). The request line already
/// records each such request, so nothing more is logged: a client's mistake is not the server's error.
/// </summary>
public sealed class ClientFaultMiddleware(RequestDelegate next, HttpStatusWriter writer)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException refused) when (!context.Response.HasStarted)
        {
            var (code, description) = refused.StatusCode switch
            {
                StatusCodes.Status408RequestTimeout => (Code.DeadlineExceeded, "arrived too slowly (below the minimum data rate)"),
                StatusCodes.Status413PayloadTooLarge => (Code.InvalidArgument, "is larger than the server accepts"),
                _ => (Code.InvalidArgument, "is not a well-formed HTTP request body (framing or chunk encoding)"),
            };
            var status = RpcErrors.InvalidArgumentStatus([new InvalidField("body", description)]);
            status.Code = (int)code;

            // Kestrel closes the connection after such an answer: its framing can no longer be trusted.
            await writer.WriteAsync(context, status, httpStatus: refused.StatusCode).ConfigureAwait(false);
        }
    }
}
