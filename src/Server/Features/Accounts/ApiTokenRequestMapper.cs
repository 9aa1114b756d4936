using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Accounts;

/// <summary>Validates a request for a new API token: its name and when it expires (every bad field at once).</summary>
public sealed class ApiTokenRequestMapper(TimeProvider time)
{
    public const string ExpiresAtField = "expiresAt";

    /// <summary>A token lives at most a year (a leap year's 366 days), so a forgotten one does not work forever.</summary>
    public const int MaxTokenLifetimeDays = 366;

    /// <summary>Seconds from 1970 to 10000-01-01T00:00:00Z: past it a Timestamp has no DateTimeOffset.</summary>
    private const long TimestampSecondsLimit = 253402300800;

    private const int MaxNameLength = 100;

    public static string ExpiresAtRule { get; } = $"must be in the future and at most {MaxTokenLifetimeDays} days ahead";

    public (string Name, DateTimeOffset? ExpiresAt) Map(Contract.CreateApiTokenRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var violations = new RequestViolations();
        var name = request.Name.Trim();
        if (name.Length is 0 or > MaxNameLength || name.Any(char.IsControl))
        {
            violations.Add("name", $"must be 1 to {MaxNameLength} characters without control characters");
        }

        DateTimeOffset? expiresAt = null;
        if (request.ExpiresAt is { } timestamp)
        {
            var now = time.GetUtcNow();
            var valid = timestamp.Nanos is >= 0 and < 1_000_000_000 && timestamp.Seconds is > 0 and < TimestampSecondsLimit;
            expiresAt = valid ? timestamp.ToDateTimeOffset() : null;
            if (expiresAt is not { } at || at <= now || at > now.AddDays(MaxTokenLifetimeDays))
            {
                violations.Add(ExpiresAtField, ExpiresAtRule);
            }
        }

        violations.ThrowIfAny();
        return (name, expiresAt);
    }
}
