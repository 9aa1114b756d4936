using Google.Protobuf.WellKnownTypes;
using Google.Rpc;

namespace Jyotishika.Server.Features.Profiles;

/// <summary>
/// One per-account quota (<paramref name="What"/> counted, the <paramref name="Setting"/> that sizes it, its
/// <paramref name="Limit"/>) and the refusal a caller reads when the account has reached it.
/// </summary>
public sealed record StorageQuota(string What, string Setting, int Limit)
{
    /// <summary>PreconditionFailure.Violation.type of every quota refusal, for clients that branch on it.</summary>
    public const string ViolationType = "QUOTA";

    public static StorageQuota Profiles(QuotaOptions options) =>
        new("profiles", "MAX_PROFILES_PER_USER", (options ?? throw new ArgumentNullException(nameof(options))).ProfilesPerUser);

    public static StorageQuota Notes(QuotaOptions options) =>
        new("notes", "MAX_NOTES_PER_USER", (options ?? throw new ArgumentNullException(nameof(options))).NotesPerUser);

    /// <summary>
    /// FAILED_PRECONDITION (REST 400) with a google.rpc.PreconditionFailure naming the quota, and no RetryInfo.
    /// </summary>
    /// <remarks>
    /// Not RESOURCE_EXHAUSTED, although google.rpc.Code's description of it mentions "a per-user quota": the same
    /// document's rule for choosing is "Use FAILED_PRECONDITION if the client should not retry until the system state
    /// has been explicitly fixed", with rmdir of a non-empty directory as the example. A full quota is that case: it
    /// never empties with time, only when the user deletes something. This API answers RESOURCE_EXHAUSTED / 429 for
    /// rate limits, which do clear, with a RetryInfo and Retry-After; HTTP clients and retry policies commonly retry a
    /// 429, so answering a quota with it would set them looping. Nothing retries a 400, and the API-token cap already
    /// answers FAILED_PRECONDITION.
    /// </remarks>
    public RpcException Refusal()
    {
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"This account has reached its quota of {Limit} {What} ({Setting}); delete {What} it no longer needs to make room.");
        var failure = new PreconditionFailure
        {
            Violations =
            {
                new PreconditionFailure.Types.Violation
                {
                    Type = ViolationType,
                    Subject = Setting,
                    Description = string.Create(CultureInfo.InvariantCulture, $"at most {Limit} {What} per account"),
                },
            },
        };
        return new Google.Rpc.Status { Code = (int)Code.FailedPrecondition, Message = message, Details = { Any.Pack(failure) } }
            .ToRpcException();
    }
}
