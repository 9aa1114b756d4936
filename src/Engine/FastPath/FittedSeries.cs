namespace Jyotishika.Engine.FastPath;

/// <summary>
/// A series as fitted and as cached: segment edges, holes and the stored lanes' coefficients at their own degrees
/// (segment-major, then lane, then coefficient). <see cref="ToSeries"/> expands it into the evaluation layout.
/// </summary>
internal sealed class FittedSeries(SeriesPlan plan, double[] boundaries, bool[] holes, double[] stored)
{
    internal SeriesPlan Plan { get; } = plan;

    internal double[] Boundaries { get; } = boundaries;

    internal bool[] Holes { get; } = holes;

    internal double[] Stored { get; } = stored;

    internal int SegmentCount => Boundaries.Length - 1;

    /// <summary>
    /// The four evaluation lanes. A body keeps longitude, latitude, distance and speed (fitted to the library's own speed,
    /// which is not the exact derivative of its longitude: by up to 0.3″/day for the Moon); an ayanamsha gets its value
    /// and its rate (the derivative of the fit); other kinds keep their stored lanes.
    /// </summary>
    internal ChebyshevSeries ToSeries()
    {
        var degrees = Plan.Degrees;
        var count = degrees.Max() + 1;
        var segments = SegmentCount;
        var fitted = segments - Holes.Count(h => h);
        var lanes = new double[fitted * count * ChebyshevKernel.Lanes];
        var perSegment = Plan.StoredPerSegment;
        Span<double> derivative = stackalloc double[count];
        var block = 0;
        for (var s = 0; s < segments; s++)
        {
            if (Holes[s])
            {
                continue;
            }

            var source = Stored.AsSpan(s * perSegment, perSegment);
            var target = lanes.AsSpan(block++ * count * ChebyshevKernel.Lanes, count * ChebyshevKernel.Lanes);
            var offset = 0;
            for (var lane = 0; lane < degrees.Count; lane++)
            {
                var length = degrees[lane] + 1;
                var laneCoefficients = source.Slice(offset, length);
                offset += length;
                for (var j = 0; j < length; j++)
                {
                    target[j * ChebyshevKernel.Lanes + lane] = laneCoefficients[j];
                }

                if (Plan.Kind == SeriesKind.Ayanamsha && lane == 0)
                {
                    var perDay = 2.0 / (Boundaries[s + 1] - Boundaries[s]);
                    ChebyshevFit.Derivative(laneCoefficients, derivative[..Math.Max(1, length - 1)]);
                    for (var j = 0; j < length - 1; j++)
                    {
                        target[j * ChebyshevKernel.Lanes + 1] = derivative[j] * perDay;
                    }
                }
            }
        }

        return new ChebyshevSeries(Boundaries, Holes, count, lanes);
    }
}
