namespace Jyotishika.Engine.FastPath;

/// <summary>
/// Chebyshev coefficients from samples at the first-kind nodes x_k = cos(π(k + ½)/N): a discrete cosine transform.
/// Sampling more nodes than coefficients kept makes the truncated series a near-minimax fit and leaves the dropped
/// coefficients as a measure of what the kept ones miss.
/// </summary>
internal sealed class ChebyshevFit
{
    private readonly double[] cosines;

    internal ChebyshevFit(int sampleCount)
    {
        SampleCount = sampleCount;
        cosines = new double[sampleCount * sampleCount];
        for (var j = 0; j < sampleCount; j++)
        {
            for (var k = 0; k < sampleCount; k++)
            {
                cosines[j * sampleCount + k] = Math.Cos(Math.PI * j * (k + 0.5) / sampleCount);
            }
        }

        Nodes = new double[sampleCount];
        for (var k = 0; k < sampleCount; k++)
        {
            Nodes[k] = Math.Cos(Math.PI * (k + 0.5) / sampleCount);
        }
    }

    internal int SampleCount { get; }

    /// <summary>Sample positions in [−1, 1], in sampling order.</summary>
    internal double[] Nodes { get; }

    /// <summary>All <see cref="SampleCount"/> coefficients of the interpolating series.</summary>
    internal void Transform(ReadOnlySpan<double> samples, Span<double> coefficients)
    {
        var n = SampleCount;
        for (var j = 0; j < n; j++)
        {
            var row = cosines.AsSpan(j * n, n);
            var sum = 0.0;
            for (var k = 0; k < n; k++)
            {
                sum += samples[k] * row[k];
            }

            coefficients[j] = 2.0 * sum / n;
        }

        coefficients[0] *= 0.5;
    }

    /// <summary>Value of a series at x ∈ [−1, 1] (plain Clenshaw, for fitting and checks).</summary>
    internal static double Evaluate(ReadOnlySpan<double> c, double x)
    {
        double b1 = 0, b2 = 0, x2 = x + x;
        for (var j = c.Length - 1; j >= 1; j--)
        {
            var b0 = Math.FusedMultiplyAdd(x2, b1, c[j] - b2);
            b2 = b1;
            b1 = b0;
        }

        return Math.FusedMultiplyAdd(x, b1, c[0] - b2);
    }

    /// <summary>Coefficients of d/dx of a series (one fewer; a constant series yields a single zero).</summary>
    internal static void Derivative(ReadOnlySpan<double> c, Span<double> derivative)
    {
        var n = c.Length - 1;
        derivative.Clear();
        if (n == 0)
        {
            return;
        }

        // d[j] = d[j + 2] + 2 (j + 1) c[j + 1], halving d[0]: the standard recurrence.
        Span<double> d = stackalloc double[n + 2];
        d.Clear();
        for (var j = n - 1; j >= 0; j--)
        {
            d[j] = d[j + 2] + 2.0 * (j + 1) * c[j + 1];
        }

        d[0] *= 0.5;
        d[..n].CopyTo(derivative);
    }
}
