namespace Jyotishika.Server.Storage.RateLimits;

/// <summary>A fixed window's size: its name (part of the Redis key), the requests it allows and how long it lasts.</summary>
public interface IWindowBudget
{
    string Name { get; }

    int PermitLimit { get; }

    TimeSpan Window { get; }
}
