using Grpc.Core;
using Jyotishika.Server.Platform.Errors;
using Jyotishika.Server.Platform.Streaming;

namespace Jyotishika.Server.Tests.Infrastructure;

/// <summary>
/// Calls a service method in process through the interceptors GrpcSetup registers, in its order (ErrorInterceptor
/// outermost, then StreamGuardInterceptor for server streams), so that a failure arrives as the RpcException the wire
/// would carry: its status code and the google.rpc.Status in the grpc-status-details-bin trailer.
/// </summary>
public static class InterceptedCall
{
    private static readonly Lazy<ErrorInterceptor> Errors = new(() => InProcessServices.Create<ErrorInterceptor>());

    public static Task<TResponse> UnaryAsync<TRequest, TResponse>(
        UnaryServerMethod<TRequest, TResponse> method, TRequest request, ServerCallContext? context = null)
        where TRequest : class
        where TResponse : class =>
        Errors.Value.UnaryServerHandler(request, context ?? TestServerCallContext.Create(), method);

    /// <summary>Runs a server stream to its end; <paramref name="stream"/> keeps what it wrote.</summary>
    public static Task StreamAsync<TRequest, TResponse>(
        ServerStreamingServerMethod<TRequest, TResponse> method,
        TRequest request,
        IServerStreamWriter<TResponse> stream,
        ServerCallContext? context = null)
        where TRequest : class
        where TResponse : class
    {
        var guard = InProcessServices.Get<StreamGuardInterceptor>();
        return Errors.Value.ServerStreamingServerHandler<TRequest, TResponse>(
            request,
            stream,
            context ?? TestServerCallContext.Create(),
            (guardedRequest, guardedStream, guardedContext) =>
                guard.ServerStreamingServerHandler(guardedRequest, guardedStream, guardedContext, method));
    }
}
