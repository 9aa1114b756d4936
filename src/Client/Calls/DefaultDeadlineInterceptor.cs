using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Options;

namespace Jyotishika.Client.Calls;

/// <summary>
/// Gives a call without a deadline the configured default, so a hung server or network never holds a caller forever. It
/// runs outside gRPC's retries, so one deadline bounds every attempt of a call.
/// </summary>
internal sealed class DefaultDeadlineInterceptor(IOptionsMonitor<JyotishikaClientOptions> options, TimeProvider time) : Interceptor
{
    public override TResponse BlockingUnaryCall<TRequest, TResponse>(
        TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context,
        BlockingUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        return continuation(request, WithDefault(context, options.CurrentValue.DefaultDeadline));
    }

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context,
        AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        return continuation(request, WithDefault(context, options.CurrentValue.DefaultDeadline));
    }

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(
        TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context,
        AsyncServerStreamingCallContinuation<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        return continuation(request, WithDefault(context, options.CurrentValue.DefaultStreamingDeadline));
    }

    private ClientInterceptorContext<TRequest, TResponse> WithDefault<TRequest, TResponse>(
        ClientInterceptorContext<TRequest, TResponse> context, TimeSpan? deadline)
        where TRequest : class
        where TResponse : class
    {
        if (context.Options.Deadline is not null || deadline is not { } timeout)
        {
            return context;
        }

        return new ClientInterceptorContext<TRequest, TResponse>(
            context.Method, context.Host, context.Options.WithDeadline(time.GetUtcNow().UtcDateTime + timeout));
    }
}
