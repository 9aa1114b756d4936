using Google.Protobuf.WellKnownTypes;
using Google.Rpc;

namespace Jyotishika.Server.Platform.Errors;

/// <summary>
/// The one place that turns input violations into INVALID_ARGUMENT with google.rpc.BadRequest details, and that stamps
/// error statuses with the google.rpc.RequestInfo a caller quotes to support.
/// </summary>
public static class RpcErrors
{
    /// <summary>Adds RequestInfo { request_id } unless the status already carries one; returns the same status.</summary>
    public static Google.Rpc.Status WithRequestId(this Google.Rpc.Status status, string requestId)
    {
        ArgumentNullException.ThrowIfNull(status);
        if (!status.Details.Any(detail => detail.Is(RequestInfo.Descriptor)))
        {
            status.Details.Add(Any.Pack(new RequestInfo { RequestId = requestId }));
        }

        return status;
    }

    public static Google.Rpc.Status InvalidArgumentStatus(IReadOnlyList<InvalidField> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var badRequest = new BadRequest();
        foreach (var violation in violations)
        {
            badRequest.FieldViolations.Add(new BadRequest.Types.FieldViolation
            {
                Field = violation.Field,
                Description = violation.Description,
            });
        }

        return new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = InvalidArgumentMessage(violations),
            Details = { Any.Pack(badRequest) },
        };
    }

    /// <summary>The one-line message of an INVALID_ARGUMENT status: the field and why, or the fields when several.</summary>
    public static string InvalidArgumentMessage(IReadOnlyList<InvalidField> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        return violations.Count == 1
            ? $"Invalid {violations[0].Field}: {violations[0].Description}"
            : $"Invalid fields: {string.Join(", ", violations.Select(v => v.Field).Distinct())}";
    }

    public static RpcException InvalidArgument(IReadOnlyList<InvalidField> violations) =>
        InvalidArgumentStatus(violations).ToRpcException();

    public static RpcException InvalidArgument(string field, string description) =>
        InvalidArgument([new InvalidField(field, description)]);
}
