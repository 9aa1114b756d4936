namespace Jyotishika.Server.Storage.Profiles;

/// <summary>What a creation under a quota found.</summary>
public enum CreateOutcome
{
    Created,

    /// <summary>The owner (a note's profile, or the account itself) is not there, or not the caller's.</summary>
    NotFound,

    /// <summary>The account already holds as many as its quota allows; nothing was written.</summary>
    QuotaReached,
}
