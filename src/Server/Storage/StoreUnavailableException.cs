namespace Jyotishika.Server.Storage;

/// <summary>A storage dependency (PostgreSQL, Redis) did not answer; callers get UNAVAILABLE, the log gets the cause.</summary>
public sealed class StoreUnavailableException : Exception
{
    public StoreUnavailableException()
        : this("storage")
    {
    }

    public StoreUnavailableException(string store)
        : this(store, null)
    {
    }

    public StoreUnavailableException(string store, Exception? innerException)
        : base($"{store} is unavailable", innerException)
    {
        Store = store;
    }

    public string Store { get; } = "storage";
}
