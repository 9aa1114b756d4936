namespace Jyotishika.Engine.Places;

/// <summary>
/// Folded search keys, all in one string: key i runs from Starts[i] for Lengths[i] characters and belongs to the place
/// at index Places[i]. One string and three arrays instead of a string per key keep loading and the heap light.
/// </summary>
internal sealed record SearchKeyList(string Chars, int[] Starts, int[] Lengths, int[] Places);
