using Google.Rpc;

namespace Jyotishika.Server.Platform.Errors;

/// <summary>
/// The answer to an exception no endpoint handled: a generic INTERNAL google.rpc.Status (gRPC or REST, with the
/// correlation id) and nothing of the exception. ASP.NET Core's exception handler has already logged it in full, inside
/// the request's correlation scope.
/// </summary>
public static class UnhandledExceptionResponder
{
    public static Task AnswerAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var writer = context.RequestServices.GetRequiredService<HttpStatusWriter>();
        return writer.WriteAsync(context, Code.Internal, "Internal error");
    }
}
