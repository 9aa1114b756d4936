namespace Jyotishika.Server.Storage;

/// <summary>A feature needs storage this deployment has not configured; callers get FAILED_PRECONDITION naming the setting.</summary>
public sealed class StoreNotConfiguredException : Exception
{
    public StoreNotConfiguredException()
        : this("DATABASE_URL")
    {
    }

    public StoreNotConfiguredException(string setting)
        : base($"This server has no {setting} configured, so accounts and sign-in are not available.")
    {
        Setting = setting;
    }

    public StoreNotConfiguredException(string setting, Exception? innerException)
        : base($"This server has no {setting} configured, so accounts and sign-in are not available.", innerException)
    {
        Setting = setting;
    }

    public string Setting { get; } = "DATABASE_URL";
}
