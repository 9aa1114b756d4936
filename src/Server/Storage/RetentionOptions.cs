namespace Jyotishika.Server.Storage;

/// <summary>
/// The retention job: how long an account may sit unused and a deleted profile may linger before both are removed
/// for good. Either period set to 0 turns that half off.
/// </summary>
public sealed record RetentionOptions
{
    /// <summary>
    /// RETENTION_INACTIVE_DAYS: an account unused this long (no sign-in, no API token use), and not active on the
    /// allowlist, is deleted with everything it owns. Default 730 days (two years, as the older system's checklist
    /// proposed); null (0) keeps accounts.
    /// </summary>
    public TimeSpan? InactiveUserAge { get; init; } = TimeSpan.FromDays(730);

    /// <summary>
    /// RETENTION_DELETED_PROFILE_DAYS: a profile deleted this long ago is purged with its chart and notes (until then
    /// it can be restored). Default 30 days; null (0) keeps deleted profiles.
    /// </summary>
    public TimeSpan? DeletedProfileAge { get; init; } = TimeSpan.FromDays(30);

    /// <summary>RETENTION_INTERVAL_HOURS: time between runs; the first is at start-up. Default 24 hours.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromHours(24);

    public bool Enabled => InactiveUserAge is not null || DeletedProfileAge is not null;

    public static RetentionOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var defaults = new RetentionOptions();
        return new RetentionOptions
        {
            InactiveUserAge = Days(configuration, "RETENTION_INACTIVE_DAYS", defaults.InactiveUserAge),
            DeletedProfileAge = Days(configuration, "RETENTION_DELETED_PROFILE_DAYS", defaults.DeletedProfileAge),
            Interval = ConfigurationReader.Hours(configuration, "RETENTION_INTERVAL_HOURS", defaults.Interval, 1, 24 * 366),
        };
    }

    private static TimeSpan? Days(IConfiguration configuration, string key, TimeSpan? fallback)
    {
        var days = ConfigurationReader.Integer(configuration, key, (int)(fallback?.TotalDays ?? 0), 0, 100 * 366);
        return days == 0 ? null : TimeSpan.FromDays(days);
    }
}
