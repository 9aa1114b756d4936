using Grpc.Core;

namespace Jyotishika.LoadGenerator.Endpoints;

/// <summary>The canonical gRPC status names (as ghz and grpcurl print them), not the C# enum's.</summary>
internal static class GrpcStatusNames
{
    private static readonly string[] Names =
    [
        "OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND", "ALREADY_EXISTS",
        "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION", "ABORTED", "OUT_OF_RANGE", "UNIMPLEMENTED",
        "INTERNAL", "UNAVAILABLE", "DATA_LOSS", "UNAUTHENTICATED",
    ];

    public static string Of(StatusCode code) =>
        (int)code >= 0 && (int)code < Names.Length
            ? Names[(int)code]
            : "STATUS_" + ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
