using System.Runtime.CompilerServices;

namespace Jyotishika.Engine.Places;

/// <summary>
/// Folded search keys in ordinal order, each with the rank of its place: every key starting with a prefix sits in one
/// contiguous range, found by two binary searches. Ranks order places by population, largest first, so the best
/// matches in a range are simply its smallest ranks. Immutable after construction.
/// </summary>
internal sealed class PrefixIndex
{
    private readonly string chars;
    private readonly int[] starts;
    private readonly int[] lengths;
    private readonly int[] ranks;

    /// <param name="keys">Keys with the index of their place; a place may have more than one key.</param>
    /// <param name="rankOf">The rank of each place index.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // Runs once per load.
    public PrefixIndex(SearchKeyList keys, int[] rankOf)
    {
        chars = keys.Chars;
        var order = new int[keys.Starts.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, new KeyOrder(keys, rankOf));
        starts = new int[order.Length];
        lengths = new int[order.Length];
        ranks = new int[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            starts[i] = keys.Starts[order[i]];
            lengths[i] = keys.Lengths[order[i]];
            ranks[i] = rankOf[keys.Places[order[i]]];
        }
    }

    public int Count => ranks.Length;

    /// <summary>
    /// The smallest <paramref name="limit"/> distinct ranks among keys starting with <paramref name="prefix"/> that
    /// <paramref name="accept"/> admits, smallest first. A prefix ending in a space ends a word: "san " matches "san"
    /// itself and "san jose", not "sanford". One pass over the range keeping a sorted shortlist: the ~25,000 keys
    /// under "s" cost tens of microseconds, and nothing is sorted whole.
    /// </summary>
    public int[] Smallest(ReadOnlySpan<char> prefix, int limit, Func<int, bool>? accept)
    {
        var continuing = LowerBound(prefix);
        var end = UpperBound(prefix, continuing);

        // Keys hold no character below a space, so the word itself sorts immediately before the words that continue it.
        var start = prefix is [.., ' '] ? LowerBound(prefix[..^1]) : continuing;
        var best = new int[Math.Min(limit, end - start)];
        if (best.Length == 0)
        {
            return best;
        }

        var count = 0;
        for (var i = start; i < end; i++)
        {
            var rank = ranks[i];
            if ((count == best.Length && rank >= best[count - 1]) || (accept is not null && !accept(rank)))
            {
                continue;
            }

            var at = Array.BinarySearch(best, 0, count, rank);
            if (at >= 0)
            {
                continue; // The same place under its other key.
            }

            at = ~at;
            var last = Math.Min(count, best.Length - 1);
            Array.Copy(best, at, best, at + 1, last - at);
            best[at] = rank;
            count = Math.Min(count + 1, best.Length);
        }

        return count == best.Length ? best : best[..count];
    }

    private ReadOnlySpan<char> Key(int i) => chars.AsSpan(starts[i], lengths[i]);

    /// <summary>First key not less than the prefix.</summary>
    private int LowerBound(ReadOnlySpan<char> prefix)
    {
        var (lo, hi) = (0, ranks.Length);
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (Key(mid).SequenceCompareTo(prefix) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>First key at or after <paramref name="from"/> that does not start with the prefix.</summary>
    private int UpperBound(ReadOnlySpan<char> prefix, int from)
    {
        var (lo, hi) = (from, ranks.Length);
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (Key(mid).StartsWith(prefix))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Ordinal key order, then rank, so equal keys list the larger place first.</summary>
    private sealed class KeyOrder(SearchKeyList keys, int[] rankOf) : IComparer<int>
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // Sorts ~200,000 keys once per load.
        public int Compare(int x, int y)
        {
            var byKey = keys.Chars.AsSpan(keys.Starts[x], keys.Lengths[x])
                .SequenceCompareTo(keys.Chars.AsSpan(keys.Starts[y], keys.Lengths[y]));
            return byKey != 0 ? byKey : rankOf[keys.Places[x]].CompareTo(rankOf[keys.Places[y]]);
        }
    }
}
