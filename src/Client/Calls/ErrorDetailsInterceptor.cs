using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Jyotishika.Client.Calls;

/// <summary>
/// Turns every <see cref="RpcException"/> a call ends with into a <see cref="JyotishikaRpcException"/>, so callers read the
/// server's error details as properties instead of decoding trailers. Unary and server-streaming calls are covered: they
/// are the only kinds the Jyotishika services have.
/// </summary>
internal sealed class ErrorDetailsInterceptor : Interceptor
{
    public override TResponse BlockingUnaryCall<TRequest, TResponse>(
        TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context,
        BlockingUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        try
        {
            return continuation(request, context);
        }
        catch (RpcException exception) when (exception is not JyotishikaRpcException)
        {
            throw new JyotishikaRpcException(exception);
        }
    }

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context,
        AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        var call = continuation(request, context);

        // The state-taking constructor keeps the headers lazy, as the inner call has them: a task made here and never awaited
        // would surface a failed call as an unobserved exception.
        return new AsyncUnaryCall<TResponse>(
            Translated(call.ResponseAsync),
            static state => Translated(((AsyncUnaryCall<TResponse>)state).ResponseHeadersAsync),
            static state => ((AsyncUnaryCall<TResponse>)state).GetStatus(),
            static state => ((AsyncUnaryCall<TResponse>)state).GetTrailers(),
            static state => ((AsyncUnaryCall<TResponse>)state).Dispose(),
            call);
    }

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(
        TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context,
        AsyncServerStreamingCallContinuation<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        var call = continuation(request, context);
        return new AsyncServerStreamingCall<TResponse>(
            new TranslatingReader<TResponse>(call.ResponseStream),
            static state => Translated(((AsyncServerStreamingCall<TResponse>)state).ResponseHeadersAsync),
            static state => ((AsyncServerStreamingCall<TResponse>)state).GetStatus(),
            static state => ((AsyncServerStreamingCall<TResponse>)state).GetTrailers(),
            static state => ((AsyncServerStreamingCall<TResponse>)state).Dispose(),
            call);
    }

    private static async Task<T> Translated<T>(Task<T> task)
    {
        try
        {
            return await task.ConfigureAwait(false);
        }
        catch (RpcException exception) when (exception is not JyotishikaRpcException)
        {
            throw new JyotishikaRpcException(exception);
        }
    }

    private sealed class TranslatingReader<T>(IAsyncStreamReader<T> inner) : IAsyncStreamReader<T>
    {
        public T Current => inner.Current;

        public Task<bool> MoveNext(CancellationToken cancellationToken) => Translated(inner.MoveNext(cancellationToken));
    }
}
