using Grpc.Core;
using Grpc.Core.Interceptors;
using Jyotishika.Engine;

namespace Jyotishika.Server.Platform.Errors;

/// <summary>
/// Maps what services throw to gRPC statuses: input problems to INVALID_ARGUMENT with field violations, cancellation to
/// CANCELLED/DEADLINE_EXCEEDED, shutdown and lost storage to UNAVAILABLE, unconfigured storage to FAILED_PRECONDITION,
/// anything unexpected to a generic INTERNAL whose detail goes to the log only. Every error leaves with a
/// google.rpc.RequestInfo carrying the correlation id (gRPC's status details, the REST body's details once transcoded).
/// </summary>
public sealed partial class ErrorInterceptor(ILogger<ErrorInterceptor> logger, TimeProvider time) : Interceptor
{
    private const string StatusDetailsTrailer = "grpc-status-details-bin";

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            return await continuation(request, context).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            throw WithRequestId(exception as RpcException ?? Translate(exception, context), context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request,
        IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await continuation(request, responseStream, context).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            throw WithRequestId(exception as RpcException ?? Translate(exception, context), context);
        }
    }

    private static RpcException WithRequestId(RpcException exception, ServerCallContext context)
    {
        var status = exception.GetRpcStatus()
            ?? new Google.Rpc.Status { Code = (int)exception.StatusCode, Message = exception.Status.Detail };
        status.WithRequestId(RequestCorrelation.IdOf(context.GetHttpContext()));
        var trailers = new Metadata();
        foreach (var entry in exception.Trailers.Where(entry => entry.Key != StatusDetailsTrailer))
        {
            trailers.Add(entry);
        }

        trailers.SetRpcStatus(status);
        return new RpcException(exception.Status, trailers);
    }

    private RpcException Translate(Exception exception, ServerCallContext context)
    {
        switch (exception)
        {
            case InvalidRequestException invalid:
                return RpcErrors.InvalidArgument(invalid.Violations);
            case InvalidInputException invalid:
                // The engine refusing an input the request mapper passed (a varga rule, a date the engine cannot cover).
                return RpcErrors.InvalidArgument(EngineViolations.ToFields(invalid.Problems).ToList());
            case OperationCanceledException when context.CancellationToken.IsCancellationRequested
                || context.GetHttpContext().RequestAborted.IsCancellationRequested:
                return context.Deadline <= time.GetUtcNow().UtcDateTime
                    ? new RpcException(new Status(StatusCode.DeadlineExceeded, "Deadline exceeded"))
                    : new RpcException(new Status(StatusCode.Cancelled, "Call cancelled"));
            case StoreUnavailableException unavailable:
                LogStoreUnavailable(logger, unavailable.Store, context.Method);
                return new RpcException(new Status(StatusCode.Unavailable, "A storage service is temporarily unavailable; try again shortly"));
            case StoreNotConfiguredException notConfigured:
                return new RpcException(new Status(StatusCode.FailedPrecondition, notConfigured.Message));
            case ObjectDisposedException:
                return new RpcException(new Status(StatusCode.Unavailable, "The server is shutting down; retry on another instance"));
            default:
                LogUnexpected(logger, exception, context.Method);
                return new RpcException(new Status(StatusCode.Internal, "Internal error"));
        }
    }

    // Debug: the store writes the outage itself, once as it begins (StoreOutageLog), not once per request.
    [LoggerMessage(Level = LogLevel.Debug, Message = "{Store} unavailable during {Method}")]
    private static partial void LogStoreUnavailable(ILogger logger, string store, string method);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure in {Method}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method);
}
