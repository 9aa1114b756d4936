namespace Jyotishika.Engine;

/// <summary>The stable UPPER_SNAKE names (GAJAKESARI, GRAHA_MAITRI) that clients and stored results use for engine enums.</summary>
public static class StableKeys
{
    public static string UpperSnake<T>(T value)
        where T : struct, Enum
    {
        var pascal = value.ToString();
        return string.Concat(pascal.Select((character, index) => index > 0 && char.IsUpper(character) ? $"_{character}" : $"{character}"))
            .ToUpperInvariant();
    }
}
