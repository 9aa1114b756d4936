using System.Runtime.CompilerServices;

namespace Jyotishika.Engine.Places;

/// <summary>
/// Numbers distinct strings in first-seen order while loading: 200,000 places name only ~400 zones, ~250 countries and
/// ~4,000 regions, so the table stores small numbers instead of references. Used by one loader; not thread-safe.
/// </summary>
internal sealed class DistinctStrings
{
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
    private readonly List<string> strings = [];
    private int last = -1;

    public int Count => strings.Count;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // Called for every place at load.
    public int NumberOf(ReadOnlySpan<char> value)
    {
        // Neighbouring places in the file mostly share region and zone: skip the hash lookup for a repeat.
        if (last >= 0 && value.SequenceEqual(strings[last]))
        {
            return last;
        }

        if (numbers.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(value, out var number))
        {
            return last = number;
        }

        var text = value.ToString();
        numbers.Add(text, strings.Count);
        strings.Add(text);
        return last = strings.Count - 1;
    }

    public string[] ToArray() => [.. strings];
}
