using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Jyotishika.Engine.FastPath;

/// <summary>
/// A piecewise Chebyshev representation of up to four coordinates over contiguous segments of varying length. Segments
/// the fit could not answer within its tolerance are kept as holes: <see cref="Find"/> reports them so the caller falls
/// back to the native library there.
/// </summary>
internal sealed class ChebyshevSeries
{
    private const int CacheLine = 64;

    private readonly double[] boundaries;
    private readonly Segment[] segments;
    private readonly double[] coefficients;
    private readonly int[] bucketFirst;
    private readonly double bucketOrigin;
    private readonly double bucketsPerDay;
    private readonly int blockBytes;

    /// <param name="boundaries">Segment edges, ascending: segment i covers [boundaries[i], boundaries[i + 1]).</param>
    /// <param name="holes">Segments without a fit (answered natively), or null.</param>
    /// <param name="count">Coefficients per lane, the same for every segment.</param>
    /// <param name="coefficients">
    /// The fitted segments only (holes take no room), segment-major, then coefficient, then lane (4 lanes, unused ones zero).
    /// </param>
    internal ChebyshevSeries(double[] boundaries, bool[]? holes, int count, double[] coefficients)
    {
        var segmentCount = boundaries.Length - 1;
        var holeCount = holes?.Count(h => h) ?? 0;
        if (segmentCount < 1 || coefficients.Length != (segmentCount - holeCount) * count * ChebyshevKernel.Lanes)
        {
            throw new ArgumentException("Boundaries and coefficients do not describe the same segments.", nameof(coefficients));
        }

        this.boundaries = boundaries;
        this.coefficients = coefficients;
        Count = count;
        HoleCount = holeCount;
        blockBytes = count * ChebyshevKernel.Lanes * sizeof(double);
        segments = new Segment[segmentCount];
        var offset = 0L;
        for (var i = 0; i < segmentCount; i++)
        {
            var length = boundaries[i + 1] - boundaries[i];
            if (!(length > 0))
            {
                throw new ArgumentException($"Segment {i} is empty or reversed.", nameof(boundaries));
            }

            var hole = holes is not null && holes[i];
            segments[i] = new Segment(boundaries[i], boundaries[i + 1], hole ? 0 : 2.0 / length, hole ? -1 : offset);
            offset += hole ? 0 : count * ChebyshevKernel.Lanes;
        }

        // Buckets about as long as half a typical segment keep the forward scan in Find to a step or two.
        var span = boundaries[^1] - boundaries[0];
        var bucketCount = (int)Math.Clamp(segmentCount * 2L, 1, 1 << 22);
        bucketOrigin = boundaries[0];
        bucketsPerDay = bucketCount / span;
        bucketFirst = new int[bucketCount];
        var segment = 0;
        for (var b = 0; b < bucketCount; b++)
        {
            var start = bucketOrigin + b / bucketsPerDay;
            while (segment + 1 < segmentCount && boundaries[segment + 1] <= start)
            {
                segment++;
            }

            bucketFirst[b] = segment;
        }
    }

    /// <summary>Coefficients per lane.</summary>
    internal int Count { get; }

    internal int SegmentCount => segments.Length;

    internal int HoleCount { get; }

    internal double Start => boundaries[0];

    internal double End => boundaries[^1];

    internal ReadOnlySpan<double> Boundaries => boundaries;

    internal ReadOnlySpan<double> Coefficients => coefficients;

    /// <summary>Bytes held: edges, segment records, coefficients and the lookup index.</summary>
    internal long MemoryBytes =>
        8L * (boundaries.Length + coefficients.Length) + (long)Unsafe.SizeOf<Segment>() * segments.Length + 4L * bucketFirst.Length;

    internal bool IsHole(int segment) => segments[segment].Scale == 0;

    /// <summary>The segment holding <paramref name="t"/>, or −1 outside the series or in a hole.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Find(double t)
    {
        var bucket = (t - bucketOrigin) * bucketsPerDay;
        if (!(bucket >= 0 && bucket < bucketFirst.Length) || !(t < boundaries[^1]))
        {
            return -1;
        }

        var segment = bucketFirst[(int)bucket];
        ref var records = ref MemoryMarshal.GetArrayDataReference(segments);
        while (Unsafe.Add(ref records, segment).End <= t)
        {
            segment++;
        }

        return Unsafe.Add(ref records, segment).Scale == 0 ? -1 : segment;
    }

    /// <summary>The position of <paramref name="t"/> inside a segment, in [−1, 1].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double Normalized(int segment, double t)
    {
        ref readonly var record = ref segments[segment];
        return (t - 0.5 * (record.Start + record.End)) * record.Scale;
    }

    /// <summary>The coefficients of a fitted segment (not a hole).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ref double SegmentCoefficients(int segment) =>
        ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(coefficients), (nint)segments[segment].Offset);

    /// <summary>
    /// Asks the memory system for a segment's coefficients ahead of use. A chart at a random date touches a dozen segments
    /// nowhere near each other; requested together their cache misses overlap instead of queueing one after another.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal unsafe void Prefetch(int segment)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        var first = (byte*)Unsafe.AsPointer(ref SegmentCoefficients(segment));
        for (var offset = 0; offset < blockBytes; offset += CacheLine)
        {
            Sse.Prefetch0(first + offset);
        }
    }

    /// <summary>All four lanes at <paramref name="t"/>; false where the series has no fit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryEvaluate(SimdWidth width, double t, out Vector256<double> lanes)
    {
        var segment = Find(t);
        if (segment < 0)
        {
            lanes = default;
            return false;
        }

        lanes = ChebyshevKernel.Evaluate(width, ref SegmentCoefficients(segment), Count, Normalized(segment, t));
        return true;
    }

    /// <summary>One segment's edges, scale (2/length; 0 for a hole) and where its coefficients start: one cache line.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct Segment(double Start, double End, double Scale, long Offset);
}
