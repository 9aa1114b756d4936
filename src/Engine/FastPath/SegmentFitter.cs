using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.FastPath;

/// <summary>
/// Fits one plan's segments on one pool thread. A segment whose dropped coefficients exceed the plan's tolerance in
/// any lane (a kink, a jump, light deflection at a conjunction) is split in halves, down to the plan's depth; what still
/// fails stays a hole the native library answers.
/// </summary>
internal sealed class SegmentFitter
{
    private readonly EphemerisSession session;
    private readonly SeriesPlan plan;
    private readonly ChebyshevFit fit;
    private readonly double[][] samples;
    private readonly double[] full;
    private readonly double[] segment;

    internal SegmentFitter(EphemerisSession session, SeriesPlan plan, ChebyshevFit fit)
    {
        this.session = session;
        this.plan = plan;
        this.fit = fit;
        var lanes = SeriesSampler.SampledLanes(plan.Kind);
        samples = new double[lanes][];
        for (var lane = 0; lane < lanes; lane++)
        {
            samples[lane] = new double[fit.SampleCount];
        }

        full = new double[fit.SampleCount];
        segment = new double[plan.StoredPerSegment];
    }

    /// <summary>Native calls made so far.</summary>
    internal long Samples { get; private set; }

    /// <summary>Segments that failed their tolerance, per stored lane (a segment may fail several).</summary>
    internal int[] Failures { get; } = new int[4];

    /// <summary>Fits [start, end) and appends its segments (edges after <paramref name="start"/>, holes, coefficients).</summary>
    internal void Fit(double start, double end, int depth, List<double> edges, List<bool> holes, List<double> coefficients)
    {
        var ok = TryFit(start, end);
        if (!ok && depth < plan.MaxDepth)
        {
            var middle = 0.5 * (start + end);
            Fit(start, middle, depth + 1, edges, holes, coefficients);
            Fit(middle, end, depth + 1, edges, holes, coefficients);
            return;
        }

        edges.Add(end);
        holes.Add(!ok);
        if (ok)
        {
            coefficients.AddRange(segment);
        }
        else
        {
            coefficients.AddRange(new double[segment.Length]); // A hole's coefficients are never used, nor cached.
        }
    }

    /// <summary>How far a sample may miss the kept series, in units of the lane's tail tolerance.</summary>
    private const double ResidualFactor = 3;

    private bool TryFit(double start, double end)
    {
        var n = fit.SampleCount;
        var center = 0.5 * (start + end);
        var half = 0.5 * (end - start);
        Span<double> lanes = stackalloc double[samples.Length];
        for (var k = 0; k < n; k++)
        {
            SeriesSampler.Sample(session, plan, center + half * fit.Nodes[k], lanes);
            for (var lane = 0; lane < lanes.Length; lane++)
            {
                samples[lane][k] = lanes[lane];
            }
        }

        // Chebyshev nodes leave the outermost sliver of a segment unsampled (half a day of a year-long ΔT segment): a jump
        // there would go unseen, so the ends are sampled too and must match the kept series like any node. They are
        // taken a hair inside (≤ 10 ms), since a file boundary computed through light time is only good to about that.
        var inset = Math.Min(1e-7, 1e-6 * (end - start));
        Span<double> ends = stackalloc double[2 * samples.Length];
        SeriesSampler.Sample(session, plan, start + inset, ends[..samples.Length]);
        SeriesSampler.Sample(session, plan, end - inset, ends[samples.Length..]);
        Samples += n + 2;
        var ok = true;
        var offset = 0;
        var degrees = plan.Degrees;
        for (var lane = 0; lane < degrees.Count; lane++)
        {
            var kept = degrees[lane] + 1;
            if (SeriesSampler.IsWrappingAngle(plan.Kind, lane))
            {
                Angles.Unwrap(samples[lane]);
            }

            ReadOnlySpan<double> values = samples[lane];
            fit.Transform(values, full);
            var tail = 0.0;
            for (var j = kept; j < n; j++)
            {
                tail = Math.Max(tail, Math.Abs(full[j]));
            }

            var scale = plan.Kind == SeriesKind.Body && lane == 2 ? Math.Abs(full[0]) : 1.0;
            var tolerance = plan.Tolerances[lane] * scale;

            // The kept series must also reproduce every sample (twice as dense as its degree) within the residual
            // tolerance: a sharp feature (light deflection grazing the Sun) can leave small tails yet a large miss.
            var residual = 0.0;
            var keptSeries = full.AsSpan(0, kept);
            for (var k = 0; k < n; k++)
            {
                residual = Math.Max(residual, Math.Abs(ChebyshevFit.Evaluate(keptSeries, fit.Nodes[k]) - values[k]));
            }

            // Nodes run from x ≈ +1 (k = 0) to x ≈ −1: unwrap each end against its neighbouring node.
            var wraps = SeriesSampler.IsWrappingAngle(plan.Kind, lane);
            var atStart = wraps ? values[n - 1] + Angles.Wrap180(ends[lane] - values[n - 1]) : ends[lane];
            var atEnd = wraps ? values[0] + Angles.Wrap180(ends[samples.Length + lane] - values[0]) : ends[samples.Length + lane];
            var insetX = inset / half;
            residual = Math.Max(residual, Math.Abs(ChebyshevFit.Evaluate(keptSeries, insetX - 1) - atStart));
            residual = Math.Max(residual, Math.Abs(ChebyshevFit.Evaluate(keptSeries, 1 - insetX) - atEnd));

            if (residual > ResidualFactor * tolerance)
            {
                tail = double.PositiveInfinity;
            }

            if (tail > tolerance)
            {
                ok = false;
                Failures[lane]++;
            }

            full.AsSpan(0, kept).CopyTo(segment.AsSpan(offset, kept));
            offset += kept;
        }

        return ok;
    }
}
