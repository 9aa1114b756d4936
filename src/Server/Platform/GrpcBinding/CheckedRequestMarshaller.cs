namespace Jyotishika.Server.Platform.GrpcBinding;

/// <summary>A request marshaller whose parse failures are the caller's INVALID_ARGUMENT, not the server's UNKNOWN.</summary>
internal static class CheckedRequestMarshaller
{
    public static Marshaller<T> Wrap<T>(Marshaller<T> inner, string methodName)
    {
        ArgumentNullException.ThrowIfNull(inner);
        var deserialize = inner.ContextualDeserializer;
        return new Marshaller<T>(inner.ContextualSerializer, context =>
        {
            try
            {
                return deserialize(context);
            }
            catch (InvalidProtocolBufferException)
            {
                // grpc-dotnet answers an RpcException's status as it is and logs it below Warning. The correlation id
                // travels in the response header; the parser has no request to take it from for the status details.
                throw RpcErrors.InvalidArgument("request", $"is not a valid protobuf message for {methodName}");
            }
        });
    }
}
