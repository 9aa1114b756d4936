using Grpc.AspNetCore.Server.Model;

namespace Jyotishika.Server.Platform.GrpcBinding;

/// <summary>
/// Binds a gRPC service's methods as grpc-dotnet's own binder does, except that each request marshaller answers a
/// malformed protobuf message with INVALID_ARGUMENT (<see cref="CheckedRequestMarshaller"/>). grpc-dotnet reads the
/// request before any interceptor runs, so without this a malformed message is UNKNOWN "Exception was thrown by
/// handler" and an Error with a stack in the log, once per call. It replaces grpc-dotnet's binder (see
/// <see cref="CheckedRequestServiceCollectionExtensions"/>); JSON transcoding binds its routes separately and is untouched.
/// </summary>
internal sealed class CheckedRequestServiceMethodProvider<TService> : IServiceMethodProvider<TService>
    where TService : class
{
    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<TService> context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Generated service bases name their static BindService(ServiceBinderBase, TBase) in this attribute.
        var bind = typeof(TService).GetCustomAttribute<BindServiceMethodAttribute>(inherit: true);
        if (bind is null)
        {
            return;
        }

        var bindMethod = bind.BindType.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(method => method.Name == bind.BindMethodName && method.GetParameters() is [var binder, _]
                && binder.ParameterType == typeof(ServiceBinderBase));
        bindMethod.Invoke(null, [new Binder(context), null]);
    }

    /// <summary>Receives each method from the generated BindService (handlers are null: the service is resolved per call).</summary>
    private sealed class Binder(ServiceMethodProviderContext<TService> context) : ServiceBinderBase
    {
        public override void AddMethod<TRequest, TResponse>(
            Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler)
        {
            var (invoker, metadata) = Invoker<UnaryServerMethod<TService, TRequest, TResponse>>(
                method.Name, typeof(TRequest), typeof(ServerCallContext));
            context.AddUnaryMethod(Checked(method), metadata, invoker);
        }

        public override void AddMethod<TRequest, TResponse>(
            Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse>? handler)
        {
            var (invoker, metadata) = Invoker<ServerStreamingServerMethod<TService, TRequest, TResponse>>(
                method.Name, typeof(TRequest), typeof(IServerStreamWriter<TResponse>), typeof(ServerCallContext));
            context.AddServerStreamingMethod(Checked(method), metadata, invoker);
        }

        public override void AddMethod<TRequest, TResponse>(
            Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse>? handler)
        {
            var (invoker, metadata) = Invoker<ClientStreamingServerMethod<TService, TRequest, TResponse>>(
                method.Name, typeof(IAsyncStreamReader<TRequest>), typeof(ServerCallContext));
            context.AddClientStreamingMethod(Checked(method), metadata, invoker);
        }

        public override void AddMethod<TRequest, TResponse>(
            Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse>? handler)
        {
            var (invoker, metadata) = Invoker<DuplexStreamingServerMethod<TService, TRequest, TResponse>>(
                method.Name, typeof(IAsyncStreamReader<TRequest>), typeof(IServerStreamWriter<TResponse>), typeof(ServerCallContext));
            context.AddDuplexStreamingMethod(Checked(method), metadata, invoker);
        }

        private static Method<TRequest, TResponse> Checked<TRequest, TResponse>(Method<TRequest, TResponse> method)
            where TRequest : class
            where TResponse : class =>
            new(method.Type, method.ServiceName, method.Name, CheckedRequestMarshaller.Wrap(method.RequestMarshaller, method.FullName),
                method.ResponseMarshaller);

        /// <summary>
        /// An open delegate to the service's public implementation (an override of the generated base, or the base itself,
        /// which answers UNIMPLEMENTED), and the endpoint metadata grpc-dotnet gives it: the type's attributes, then the
        /// method's (so a method's [Authorize] wins), then POST with CORS preflights accepted.
        /// </summary>
        private static (TDelegate Invoker, List<object> Metadata) Invoker<TDelegate>(string name, params Type[] parameters)
            where TDelegate : Delegate
        {
            var implementation = typeof(TService).GetMethod(name, BindingFlags.Public | BindingFlags.Instance, parameters)
                ?? throw new InvalidOperationException($"{typeof(TService).Name} has no method {name} for its gRPC binding");
            var metadata = new List<object>();
            metadata.AddRange(typeof(TService).GetCustomAttributes(inherit: true));
            metadata.AddRange(implementation.GetCustomAttributes(inherit: true));
            metadata.Add(new HttpMethodMetadata(["POST"], acceptCorsPreflight: true));
            return ((TDelegate)Delegate.CreateDelegate(typeof(TDelegate), implementation), metadata);
        }
    }
}
