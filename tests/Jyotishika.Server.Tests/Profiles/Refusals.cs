using Google.Rpc;
using Grpc.Core;

namespace Jyotishika.Server.Tests.Profiles;

/// <summary>The failure a gRPC call ends with, and the fields its INVALID_ARGUMENT names.</summary>
internal static class Refusals
{
    public static async Task<RpcException> OfAsync<T>(AsyncUnaryCall<T> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        using (call)
        {
            try
            {
                await call;
            }
            catch (RpcException failure)
            {
                return failure;
            }
        }

        throw new AssertionException($"Expected {typeof(T).Name} to be refused, but the call succeeded.");
    }

    public static IReadOnlyList<string> ViolatedFields(RpcException failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        Assert.That(failure.StatusCode, Is.EqualTo(Grpc.Core.StatusCode.InvalidArgument), failure.Status.Detail);
        var badRequest = failure.GetRpcStatus()?.GetDetail<BadRequest>();
        Assert.That(badRequest, Is.Not.Null, "the status carries google.rpc.BadRequest");
        return [.. badRequest!.FieldViolations.Select(v => v.Field)];
    }
}
