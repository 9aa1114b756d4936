namespace Jyotishika.Server.Platform.Errors;

/// <summary>What a REST or gRPC caller is told when a request fails in a way no endpoint answered.</summary>
public static class ErrorsSetup
{
    /// <summary>
    /// After the request log (so its line shows the 500 the handler answers): an exception nothing caught becomes a
    /// plain 500 without its text, and a client that broke its own request is not logged as the server's fault.
    /// </summary>
    public static void UseErrorAnswers(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = UnhandledExceptionResponder.AnswerAsync });
        app.UseMiddleware<ClientFaultMiddleware>();
    }
}
