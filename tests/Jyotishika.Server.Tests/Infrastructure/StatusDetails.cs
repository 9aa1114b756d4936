using Google.Rpc;
using Grpc.Core;

namespace Jyotishika.Server.Tests.Infrastructure;

/// <summary>Reads an RpcException as a gRPC client does: the google.rpc.Status from its grpc-status-details-bin trailer.</summary>
public static class StatusDetails
{
    /// <summary>The (field, description) pairs of the status's BadRequest detail, in order; none without one.</summary>
    public static IReadOnlyList<(string Field, string Description)> Violations(this RpcException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var badRequest = error.GetRpcStatus()?.GetDetail<BadRequest>();
        return badRequest?.FieldViolations.Select(v => (v.Field, v.Description)).ToList() ?? [];
    }

    /// <summary>The fields the status's BadRequest detail names, in order.</summary>
    public static IReadOnlyList<string> ViolatedFields(this RpcException error) => error.Violations().Select(v => v.Field).ToList();

    /// <summary>The request id of the status's RequestInfo detail, or null without one.</summary>
    public static string? RequestId(this RpcException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.GetRpcStatus()?.GetDetail<RequestInfo>()?.RequestId;
    }
}
