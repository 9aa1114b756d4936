using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Jyotishika.Engine.FastPath;

/// <summary>Which instructions evaluate the Chebyshev series. Every width gives bit-identical results.</summary>
public enum SimdWidth
{
    /// <summary>Plain scalar code: one lane at a time.</summary>
    Scalar = 1,

    /// <summary>Four lanes (one segment's four coordinates) per <see cref="Vector256{T}"/>.</summary>
    Vector256 = 2,

    /// <summary>Two segments (two bodies or two instants) per <see cref="Vector512{T}"/>.</summary>
    Vector512 = 3,
}

/// <summary>
/// Clenshaw summation of four-lane Chebyshev series. A segment stores its coefficients lane-interleaved
/// (<c>c[j * 4 + lane]</c>), so one vector load feeds all four coordinates of a body at once.
/// </summary>
/// <remarks>
/// Every path performs the same fused multiply-adds in the same order (<see cref="Math.FusedMultiplyAdd"/> is exact on
/// any hardware, as are the vector forms), so scalar, 256-bit and 512-bit results are bit-for-bit equal.
/// </remarks>
internal static class ChebyshevKernel
{
    internal const int Lanes = 4;

    internal static SimdWidth Best =>
        Vector512.IsHardwareAccelerated ? SimdWidth.Vector512
        : Vector256.IsHardwareAccelerated ? SimdWidth.Vector256
        : SimdWidth.Scalar;

    /// <summary>Evaluates one segment (<paramref name="count"/> coefficients per lane) at x ∈ [−1, 1].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<double> Evaluate(SimdWidth width, ref double coefficients, int count, double x) =>
        width == SimdWidth.Scalar ? EvaluateScalar(ref coefficients, count, x) : Evaluate256(ref coefficients, count, x);

    /// <summary>
    /// Evaluates two segments at once, each with its own x and coefficient count: with 512-bit vectors both run in one
    /// register (the longer series runs alone until the shorter one starts, which is where its recurrence would begin
    /// anyway); otherwise one after the other.
    /// </summary>
    internal static void EvaluatePair(
        SimdWidth width,
        ref double a, int countA, double xA,
        ref double b, int countB, double xB,
        out Vector256<double> resultA, out Vector256<double> resultB)
    {
        if (width != SimdWidth.Vector512)
        {
            resultA = Evaluate(width, ref a, countA, xA);
            resultB = Evaluate(width, ref b, countB, xB);
            return;
        }

        if (countA < countB)
        {
            EvaluatePair512(ref b, countB, xB, ref a, countA, xA, out resultB, out resultA);
        }
        else
        {
            EvaluatePair512(ref a, countA, xA, ref b, countB, xB, out resultA, out resultB);
        }
    }

    /// <summary>One lane only (ΔT, sidereal time: single-valued series), same arithmetic as the other paths.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double EvaluateLane(ref double c, int count, double x, int lane)
    {
        var x2 = x + x;
        var b1 = 0.0;
        var b2 = 0.0;
        for (var j = count - 1; j >= 1; j--)
        {
            var b0 = Math.FusedMultiplyAdd(x2, b1, Unsafe.Add(ref c, j * Lanes + lane) - b2);
            b2 = b1;
            b1 = b0;
        }

        return Math.FusedMultiplyAdd(x, b1, Unsafe.Add(ref c, lane) - b2);
    }

    private static Vector256<double> Evaluate256(ref double c, int count, double x)
    {
        var x2 = Vector256.Create(x + x);
        var b1 = Vector256<double>.Zero;
        var b2 = Vector256<double>.Zero;
        for (var j = count - 1; j >= 1; j--)
        {
            var b0 = Vector256.FusedMultiplyAdd(x2, b1, Vector256.LoadUnsafe(ref c, (nuint)(j * Lanes)) - b2);
            b2 = b1;
            b1 = b0;
        }

        return Vector256.FusedMultiplyAdd(Vector256.Create(x), b1, Vector256.LoadUnsafe(ref c) - b2);
    }

    private static Vector256<double> EvaluateScalar(ref double c, int count, double x)
    {
        Span<double> lanes = stackalloc double[Lanes];
        var x2 = x + x;
        for (var lane = 0; lane < Lanes; lane++)
        {
            var b1 = 0.0;
            var b2 = 0.0;
            for (var j = count - 1; j >= 1; j--)
            {
                var b0 = Math.FusedMultiplyAdd(x2, b1, Unsafe.Add(ref c, j * Lanes + lane) - b2);
                b2 = b1;
                b1 = b0;
            }

            lanes[lane] = Math.FusedMultiplyAdd(x, b1, Unsafe.Add(ref c, lane) - b2);
        }

        return Vector256.Create(lanes[0], lanes[1], lanes[2], lanes[3]);
    }

    /// <summary>Requires countA ≥ countB.</summary>
    private static void EvaluatePair512(
        ref double a, int countA, double xA, ref double b, int countB, double xB,
        out Vector256<double> resultA, out Vector256<double> resultB)
    {
        var x2A = Vector256.Create(xA + xA);
        var b1A = Vector256<double>.Zero;
        var b2A = Vector256<double>.Zero;
        var j = countA - 1;
        for (; j >= countB && j >= 1; j--)
        {
            var b0 = Vector256.FusedMultiplyAdd(x2A, b1A, Vector256.LoadUnsafe(ref a, (nuint)(j * Lanes)) - b2A);
            b2A = b1A;
            b1A = b0;
        }

        var x2 = Vector512.Create(x2A, Vector256.Create(xB + xB));
        var b1 = Vector512.Create(b1A, Vector256<double>.Zero);
        var b2 = Vector512.Create(b2A, Vector256<double>.Zero);
        for (; j >= 1; j--)
        {
            var c = Vector512.Create(Vector256.LoadUnsafe(ref a, (nuint)(j * Lanes)), Vector256.LoadUnsafe(ref b, (nuint)(j * Lanes)));
            var b0 = Vector512.FusedMultiplyAdd(x2, b1, c - b2);
            b2 = b1;
            b1 = b0;
        }

        var x = Vector512.Create(Vector256.Create(xA), Vector256.Create(xB));
        var c0 = Vector512.Create(Vector256.LoadUnsafe(ref a), Vector256.LoadUnsafe(ref b));
        var result = Vector512.FusedMultiplyAdd(x, b1, c0 - b2);
        resultA = result.GetLower();
        resultB = result.GetUpper();
    }
}
