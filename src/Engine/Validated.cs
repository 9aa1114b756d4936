namespace Jyotishika.Engine;

/// <summary>
/// An input its engine validator accepted. Only the validators make one, so a compute path that takes it does not repeat
/// the checks a caller (the server's request mapper) has already run. A struct: marking an input valid costs the hot
/// path no allocation.
/// </summary>
public readonly record struct Validated<T>
    where T : class
{
    private readonly T? value;

    internal Validated(T value) => this.value = value;

    /// <summary>The input; a default instance (never validated) throws rather than pass unchecked input on.</summary>
    public T Value => value ?? throw new InvalidOperationException($"This {typeof(T).Name} was never validated.");
}
