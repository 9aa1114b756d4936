namespace Jyotishika.Engine;

/// <summary>The stable UPPER_SNAKE names (GAJAKESARI, GRAHA_MAITRI) that clients and stored results use for engine enums.</summary>
public static class StableKeys
{
    public static string UpperSnake<T>(T value)
        where T : struct, Enum => UpperSnake(value.ToString());

    /// <summary>A PascalCase name (MarsInOwnSign) as MARS_IN_OWN_SIGN.</summary>
    public static string UpperSnake(string pascal)
    {
        ArgumentNullException.ThrowIfNull(pascal);
        return string.Concat(pascal.Select((character, index) => index > 0 && char.IsUpper(character) ? $"_{character}" : $"{character}"))
            .ToUpperInvariant();
    }
}
