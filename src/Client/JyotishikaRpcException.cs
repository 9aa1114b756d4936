using Google.Rpc;
using Grpc.Core;

namespace Jyotishika.Client;

/// <summary>
/// A failed Jyotishika call, with the google.rpc error details the server sent in <c>grpc-status-details-bin</c> decoded
/// into properties. Clients registered by <c>AddJyotishikaClient</c> throw it instead of a plain <see cref="RpcException"/>
/// (it is one: <see cref="RpcException.StatusCode"/>, <see cref="RpcException.Status"/> and
/// <see cref="RpcException.Trailers"/> are the original call's).
/// </summary>
/// <example>
/// <code>
/// catch (JyotishikaRpcException e) when (e.StatusCode == StatusCode.InvalidArgument)
/// {
///     foreach (var violation in e.FieldViolations) Console.WriteLine($"{violation.Field}: {violation.Description}");
/// }
/// </code>
/// </example>
public sealed class JyotishikaRpcException : RpcException
{
    private const string CorrelationHeader = "x-correlation-id";

    /// <summary>Decodes the details in <paramref name="exception"/>'s trailers; its status and trailers are kept as they are.</summary>
    /// <param name="exception">A failed call's exception, as thrown by any gRPC client.</param>
    public JyotishikaRpcException(RpcException exception)
        : base(Validated(exception).Status, exception.Trailers, exception.Message)
    {
        RpcStatus = Decode(exception);
        BadRequest = RpcStatus?.GetDetail<BadRequest>();
        RetryInfo = RpcStatus?.GetDetail<RetryInfo>();
        ErrorInfo = RpcStatus?.GetDetail<ErrorInfo>();
        RequestId = RpcStatus?.GetDetail<RequestInfo>()?.RequestId is { Length: > 0 } requestId
            ? requestId
            : exception.Trailers.GetValue(CorrelationHeader);
    }

    /// <summary>
    /// The google.rpc.Status the server sent with the error (code, message and every detail), or <see langword="null"/> when
    /// it sent none (an error raised by the client itself, such as a deadline passing, or by a proxy).
    /// </summary>
    public Google.Rpc.Status? RpcStatus { get; }

    /// <summary>The <c>google.rpc.BadRequest</c> detail: with <c>INVALID_ARGUMENT</c>, each field refused and why.</summary>
    public BadRequest? BadRequest { get; }

    /// <summary>
    /// The fields the server refused (<c>datetime</c>, <c>latitude</c>, <c>profile.birth.tz</c> …) with the reason for each;
    /// empty when there is no <see cref="BadRequest"/> detail.
    /// </summary>
    public IReadOnlyList<BadRequest.Types.FieldViolation> FieldViolations =>
        BadRequest?.FieldViolations ?? (IReadOnlyList<BadRequest.Types.FieldViolation>)[];

    /// <summary>The <c>google.rpc.RetryInfo</c> detail: with <c>RESOURCE_EXHAUSTED</c>, how long the rate limit asks to wait.</summary>
    public RetryInfo? RetryInfo { get; }

    /// <summary>How long to wait before trying again (<see cref="RetryInfo"/>'s delay), or <see langword="null"/> when not said.</summary>
    public TimeSpan? RetryDelay => RetryInfo?.RetryDelay?.ToTimeSpan();

    /// <summary>The <c>google.rpc.ErrorInfo</c> detail (a machine-readable reason and domain), when the server sent one.</summary>
    public ErrorInfo? ErrorInfo { get; }

    /// <summary>
    /// The server's id for this request (its correlation id, from the <c>google.rpc.RequestInfo</c> detail or the
    /// <c>x-correlation-id</c> trailer): quote it to the server's operators, whose logs carry it on every line.
    /// </summary>
    public string? RequestId { get; }

    private static RpcException Validated(RpcException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception;
    }

    /// <remarks>A proxy or a misbehaving server may send a trailer that is not a Status: the call's own status still stands.</remarks>
    private static Google.Rpc.Status? Decode(RpcException exception) => exception.Trailers.GetRpcStatus(ignoreParseError: true);
}
