using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.FastPath;

/// <summary>
/// Builds the tables by sampling the native library on every pool thread: each plan is cut into chunks of whole base
/// segments, each chunk is one pool job (sampled in time order, which the library's segment cache likes), and the
/// chunks are stitched back in order. A bounded number of jobs is in flight so chart requests still get threads.
/// </summary>
internal static class FastEphemerisBuilder
{
    /// <summary>Base grid points closer than this fraction of a base segment to a file boundary yield to it.</summary>
    private const double MinimumGap = 0.05;

    private const int ChunksPerPlan = 48;

    internal static async Task<(IReadOnlyList<FittedSeries> Series, long Samples)> BuildAsync(
        EphemerisPool pool, IReadOnlyList<SeriesPlan> plans, CancellationToken cancellationToken) =>
        await BuildAsync(pool, plans, null, cancellationToken).ConfigureAwait(false);

    internal static async Task<(IReadOnlyList<FittedSeries> Series, long Samples)> BuildAsync(
        EphemerisPool pool, IReadOnlyList<SeriesPlan> plans, int[]? failures, CancellationToken cancellationToken)
    {
        // Phase 1: every plan's segment edges (file boundaries need the library for light times).
        var edgeTasks = plans.Select(plan => pool.RunAsync(session => Edges(session, plan), cancellationToken)).ToList();
        var layouts = await Task.WhenAll(edgeTasks).ConfigureAwait(false);
        var allEdges = layouts.Select(layout => layout.Edges).ToArray();

        // Phase 2: fit runs of consecutive segments, one pool job each; long plans first so the tail spreads out.
        var jobs = plans
            .SelectMany((plan, index) => Chunks(allEdges[index]).Select(chunk => (Index: index, Plan: plan, chunk.First, chunk.Count)))
            .ToList();
        var order = Enumerable.Range(0, jobs.Count).OrderByDescending(i => jobs[i].Count * jobs[i].Plan.SampleCount).ToList();
        var results = new ChunkResult[jobs.Count];
        using var slots = new SemaphoreSlim(pool.ThreadCount * 2);
        var running = new List<Task>();
        foreach (var i in order)
        {
            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            var job = jobs[i];
            var edges = allEdges[job.Index].AsMemory(job.First, job.Count + 1);
            var forced = layouts[job.Index].ForcedHoles.AsMemory(job.First, job.Count);
            running.Add(RunChunkAsync(pool, job.Plan, edges, forced, i, results, slots, cancellationToken));
        }

        await Task.WhenAll(running).ConfigureAwait(false);

        var series = new List<FittedSeries>(plans.Count);
        long samples = 0;
        for (var p = 0; p < plans.Count; p++)
        {
            var edges = new List<double> { allEdges[p][0] };
            var holes = new List<bool>();
            var coefficients = new List<double>();
            for (var i = 0; i < jobs.Count; i++)
            {
                if (jobs[i].Index != p)
                {
                    continue;
                }

                var part = results[i];
                edges.AddRange(part.Edges);
                holes.AddRange(part.Holes);
                coefficients.AddRange(part.Coefficients);
                samples += part.Samples;
                if (failures is not null)
                {
                    for (var lane = 0; lane < part.Failures.Length; lane++)
                    {
                        failures[lane] += part.Failures[lane];
                    }
                }
            }

            var stored = coefficients.ToArray();
            Quantize(plans[p], stored);
            series.Add(new FittedSeries(plans[p], edges.ToArray(), holes.ToArray(), stored));
        }

        return (series, samples);
    }

    /// <summary>Rounds coefficients to the cache file's resolution, so a fresh build and a loaded cache agree exactly.</summary>
    internal static void Quantize(SeriesPlan plan, double[] stored)
    {
        var perSegment = plan.StoredPerSegment;
        for (var s = 0; s < stored.Length / perSegment; s++)
        {
            var offset = s * perSegment;
            for (var lane = 0; lane < plan.StoredLanes; lane++)
            {
                var quantum = plan.Quanta[lane];
                for (var j = 0; j <= plan.Degrees[lane]; j++)
                {
                    stored[offset + j] = Math.Round(stored[offset + j] / quantum) * quantum;
                }

                offset += plan.Degrees[lane] + 1;
            }
        }
    }

    private static async Task RunChunkAsync(
        EphemerisPool pool, SeriesPlan plan, ReadOnlyMemory<double> edges, ReadOnlyMemory<bool> forcedHoles, int index, ChunkResult[] results,
        SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        try
        {
            results[index] = await pool.RunAsync(
                session => FitChunk(session, plan, edges.Span, forcedHoles.Span), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>Runs of consecutive segments (index of the first edge, number of segments).</summary>
    private static IEnumerable<(int First, int Count)> Chunks(double[] edges)
    {
        var segments = edges.Length - 1;
        var perChunk = Math.Max(1, (segments + ChunksPerPlan - 1) / ChunksPerPlan);
        for (var first = 0; first < segments; first += perChunk)
        {
            yield return (first, Math.Min(perChunk, segments - first));
        }
    }

    /// <summary>
    /// Segment edges over [Start, End]: the base grid, except where a file boundary lies close (the boundary wins), and
    /// every file boundary; plus the segments to leave to the library outright.
    /// </summary>
    private static (double[] Edges, bool[] ForcedHoles) Edges(EphemerisSession session, SeriesPlan plan)
    {
        SeriesSampler.Prepare(session, plan);
        var (breaks, holes) = BreakPoints(session, plan, plan.Start, plan.End);
        var points = new List<double>(breaks) { plan.Start, plan.End };
        foreach (var (from, to) in holes)
        {
            points.Add(Math.Max(from, plan.Start));
            points.Add(Math.Min(to, plan.End));
        }

        var gap = MinimumGap * plan.GridStep;
        var cell = (long)Math.Floor((plan.Start - plan.GridOrigin) / plan.GridStep) + 1;
        var next = 0;
        for (; ; cell++)
        {
            var t = plan.GridOrigin + cell * plan.GridStep;
            if (t >= plan.End)
            {
                break;
            }

            while (next < breaks.Count && breaks[next] < t - gap)
            {
                next++;
            }

            var nearBreak = next < breaks.Count && Math.Abs(breaks[next] - t) < gap;
            if (t > plan.Start && !nearBreak)
            {
                points.Add(t);
            }
        }

        points.Sort();
        var edges = new List<double>(points.Count);
        foreach (var point in points)
        {
            if (edges.Count == 0 || point - edges[^1] > 1e-9)
            {
                edges.Add(point);
            }
        }

        var forced = new bool[edges.Count - 1];
        var hole = 0;
        for (var i = 0; i < forced.Length && hole < holes.Count; i++)
        {
            var middle = 0.5 * (edges[i] + edges[i + 1]);
            while (hole < holes.Count && holes[hole].To <= middle)
            {
                hole++;
            }

            forced[i] = hole < holes.Count && holes[hole].From <= middle;
        }

        return (edges.ToArray(), forced);
    }

    private static ChunkResult FitChunk(EphemerisSession session, SeriesPlan plan, ReadOnlySpan<double> edges, ReadOnlySpan<bool> forcedHoles)
    {
        SeriesSampler.Prepare(session, plan);
        var fitter = new SegmentFitter(session, plan, new ChebyshevFit(plan.SampleCount));
        var ends = new List<double>();
        var holes = new List<bool>();
        var coefficients = new List<double>();
        for (var i = 0; i + 1 < edges.Length; i++)
        {
            if (forcedHoles[i])
            {
                ends.Add(edges[i + 1]);
                holes.Add(true);
                coefficients.AddRange(new double[plan.StoredPerSegment]);
                continue;
            }

            fitter.Fit(edges[i], edges[i + 1], 0, ends, holes, coefficients);
        }

        return new ChunkResult(ends, holes, coefficients, fitter.Samples, fitter.Failures);
    }

    /// <summary>File segment boundaries inside (first, end) as the fitted function sees them, and hole windows around them.</summary>
    private static (List<double> Breaks, List<(double From, double To)> Holes) BreakPoints(
        EphemerisSession session, SeriesPlan plan, double first, double end)
    {
        var points = new List<double>();
        var holes = new List<(double From, double To)>();
        foreach (var grid in plan.Breaks)
        {
            // A body's light time is at most a fraction of a day (Pluto ~6 h): look that far back.
            var k = (long)Math.Floor((first - 0.5 - grid.Origin) / grid.Step);
            for (; ; k++)
            {
                var boundary = grid.Origin + k * grid.Step;
                if (boundary >= end)
                {
                    break;
                }

                var t = boundary;
                if (grid.LightTimeBody is { } body)
                {
                    var probe = Math.Clamp(boundary, plan.Start, plan.End);
                    t = boundary + (SeriesSampler.Retarded(session, probe, body, plan.Flags) - probe);
                }

                if (t > first && t < end)
                {
                    points.Add(t);
                    if (grid.HoleHalfWidth > 0)
                    {
                        holes.Add((t - grid.HoleHalfWidth, t + grid.HoleHalfWidth));
                    }
                }
            }
        }

        points.Sort();
        holes.Sort();
        return (points, holes);
    }

    private sealed record ChunkResult(List<double> Edges, List<bool> Holes, List<double> Coefficients, long Samples, int[] Failures);
}
