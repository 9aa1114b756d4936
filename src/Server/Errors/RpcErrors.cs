using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Jyotishika.Engine;

namespace Jyotishika.Server.Errors;

/// <summary>The one place that turns input violations into INVALID_ARGUMENT with google.rpc.BadRequest details.</summary>
public static class RpcErrors
{
    public static Google.Rpc.Status InvalidArgumentStatus(IReadOnlyList<InputViolation> violations)
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

        var fields = string.Join(", ", violations.Select(v => v.Field).Distinct());
        return new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = violations.Count == 1
                ? $"Invalid {violations[0].Field}: {violations[0].Description}"
                : $"Invalid fields: {fields}",
            Details = { Any.Pack(badRequest) },
        };
    }

    public static RpcException InvalidArgument(IReadOnlyList<InputViolation> violations) =>
        InvalidArgumentStatus(violations).ToRpcException();

    public static RpcException InvalidArgument(string field, string description) =>
        InvalidArgument([new InputViolation(field, description)]);
}
