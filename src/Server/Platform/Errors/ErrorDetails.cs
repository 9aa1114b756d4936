using Google.Rpc;

namespace Jyotishika.Server.Platform.Errors;

/// <summary>The google.rpc detail types an answer may carry; JSON needs them registered to write them.</summary>
public static class ErrorDetails
{
    public static TypeRegistry Types { get; } = TypeRegistry.FromMessages(
        BadRequest.Descriptor, ErrorInfo.Descriptor, RetryInfo.Descriptor, ResourceInfo.Descriptor,
        PreconditionFailure.Descriptor, QuotaFailure.Descriptor, Help.Descriptor, LocalizedMessage.Descriptor,
        DebugInfo.Descriptor, RequestInfo.Descriptor);
}
