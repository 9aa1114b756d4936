namespace Jyotishika.Server.Storage.Profiles;

/// <summary>A profile row. <see cref="Birth"/> is the ChartRequest in protobuf JSON; <see cref="Version"/> is the etag.</summary>
public sealed record ProfileRecord(
    Guid Id, string Name, string PlaceName, string Birth, int Version, DateTime CreatedAt, DateTime UpdatedAt, DateTime? DeletedAt);

/// <summary>The chart saved for a profile: ChartResponse JSON, the engine version and the profile version it came from.</summary>
public sealed record SavedChartRecord(Guid ProfileId, string Result, string EngineVersion, int ProfileVersion, DateTime CreatedAt);

public sealed record NoteRecord(Guid Id, Guid ProfileId, string Title, string Body, int Version, DateTime CreatedAt, DateTime UpdatedAt);

/// <summary>What an update with an expected version found.</summary>
public enum UpdateOutcome
{
    Updated,
    NotFound,
    VersionConflict,
}
