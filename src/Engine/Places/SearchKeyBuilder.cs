using System.Runtime.CompilerServices;
using System.Text;

namespace Jyotishika.Engine.Places;

/// <summary>Folds each place's names into search keys while the data file is read. Used by one loader; not thread-safe.</summary>
internal sealed class SearchKeyBuilder(TextFolder folder)
{
    private const int ExpectedKeys = 210_000;

    private readonly StringBuilder chars = new(capacity: 12 * ExpectedKeys);
    private readonly List<int> starts = new(ExpectedKeys);
    private readonly List<int> lengths = new(ExpectedKeys);
    private readonly List<int> places = new(ExpectedKeys);

    /// <summary>Keys the place under its folded name and, when that folds differently, its folded ASCII name.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // Called for every place at load.
    public void Add(int place, ReadOnlySpan<char> name, ReadOnlySpan<char> asciiName)
    {
        // A fold at most doubles the length (ß → ss).
        var size = 2 * Math.Max(name.Length, asciiName.Length);
        var buffer = size <= 256 ? stackalloc char[2 * 256] : new char[2 * size];
        var foldedName = buffer[..folder.Fold(name, buffer[..size])];
        var foldedAscii = buffer[size..][..folder.Fold(asciiName, buffer[size..])];
        Append(place, foldedName);
        if (!foldedAscii.SequenceEqual(foldedName))
        {
            Append(place, foldedAscii);
        }
    }

    public SearchKeyList Build() => new(chars.ToString(), [.. starts], [.. lengths], [.. places]);

    private void Append(int place, ReadOnlySpan<char> key)
    {
        starts.Add(chars.Length);
        lengths.Add(key.Length);
        places.Add(place);
        chars.Append(key);
    }
}
