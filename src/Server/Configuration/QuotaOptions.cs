namespace Jyotishika.Server.Configuration;

/// <summary>
/// How much one account may keep. Checked in PostgreSQL, in the transaction that creates the row, so the bound holds
/// however many instances serve and however many calls arrive at once. There is deliberately no "off": storage that
/// grows without bound is what the quotas exist to prevent; an operator who wants no practical cap sets the maximum.
/// </summary>
public sealed record QuotaOptions
{
    /// <summary>The largest value either setting accepts.</summary>
    public const int Maximum = 1_000_000;

    /// <summary>
    /// MAX_PROFILES_PER_USER: profiles an account may have (deleted ones do not count; they are purged after
    /// RETENTION_DELETED_PROFILE_DAYS). Default 1000: a busy practice's client list. A profile with its saved chart
    /// is a few KiB (a default chart is about 5 KiB of JSON; a birth may be at most 8 KiB), so some MiB per account.
    /// </summary>
    public int ProfilesPerUser { get; init; } = 1000;

    /// <summary>
    /// MAX_NOTES_PER_USER: notes an account may have, across all its profiles (a deleted profile's notes stop counting with it).
    /// Default 10000: ten per profile at the profile quota. A note may hold 5000 characters, so the worst case is 50
    /// million characters per account; real notes are far shorter.
    /// </summary>
    public int NotesPerUser { get; init; } = 10_000;

    public static QuotaOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var defaults = new QuotaOptions();
        return new QuotaOptions
        {
            ProfilesPerUser = ConfigurationReader.Integer(configuration, "MAX_PROFILES_PER_USER", defaults.ProfilesPerUser, 1, Maximum),
            NotesPerUser = ConfigurationReader.Integer(configuration, "MAX_NOTES_PER_USER", defaults.NotesPerUser, 1, Maximum),
        };
    }
}
