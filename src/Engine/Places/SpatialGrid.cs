using System.Runtime.CompilerServices;

namespace Jyotishika.Engine.Places;

/// <summary>
/// Places bucketed into 1° × 1° latitude/longitude cells, searched in square rings of cells around the query's cell
/// until no unvisited cell can hold anything nearer than the k-th best found. Cells are stored as one compact array per
/// coordinate (in cell order) so a scan touches contiguous memory. Immutable after construction.
/// </summary>
internal sealed class SpatialGrid
{
    private const int Rows = 180;
    private const int Columns = 360;

    private readonly int[] cellStart;
    private readonly double[] xs;
    private readonly double[] ys;
    private readonly double[] zs;
    private readonly int[] indexes;
    private readonly long[] ids;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // Runs once per load.
    public SpatialGrid(PlaceTable places)
    {
        var count = places.Count;
        var cells = new int[count];
        cellStart = new int[(Rows * Columns) + 1];
        for (var i = 0; i < count; i++)
        {
            cells[i] = Cell(Row(places.Latitude(i)), Column(places.Longitude(i)));
            cellStart[cells[i] + 1]++;
        }

        for (var c = 0; c < Rows * Columns; c++)
        {
            cellStart[c + 1] += cellStart[c];
        }

        xs = new double[count];
        ys = new double[count];
        zs = new double[count];
        indexes = new int[count];
        ids = new long[count];
        var next = (int[])cellStart.Clone();
        for (var i = 0; i < count; i++)
        {
            var slot = next[cells[i]]++;
            var v = GreatCircle.ToUnitVector(places.Latitude(i), places.Longitude(i));
            (xs[slot], ys[slot], zs[slot]) = (v.X, v.Y, v.Z);
            indexes[slot] = i;
            ids[slot] = places.GeoNameId(i);
        }
    }

    /// <summary>
    /// Fills <paramref name="nearest"/> with up to its length of the places nearest the point, nearest first, and
    /// returns how many it found. Stops early, possibly with fewer, once nothing unvisited can lie within
    /// <paramref name="maxChordSquared"/>.
    /// </summary>
    /// <param name="excludeId">A GeoNames id to skip (leave-one-out checks), or a non-positive value to skip none.</param>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is not finite or out of range.</exception>
    public int FindNearest(double latitude, double longitude, long excludeId, double maxChordSquared, Span<Neighbour> nearest)
    {
        // Callers validate, but a NaN here would never satisfy the stopping rule: refuse it rather than spin.
        if (latitude is not (>= -90 and <= 90))
        {
            throw new ArgumentOutOfRangeException(nameof(latitude), latitude, "must be a finite latitude in [-90, 90]");
        }

        if (longitude is not (>= -180 and <= 180))
        {
            throw new ArgumentOutOfRangeException(nameof(longitude), longitude, "must be a finite longitude in [-180, 180]");
        }

        var query = new Query(GreatCircle.ToUnitVector(latitude, longitude), excludeId, nearest);
        var row0 = Row(latitude);
        var col0 = Column(longitude);
        var cosLatitude = Math.Cos(GreatCircle.ToRadians(latitude));
        var columnFraction = longitude + 180 - Math.Floor(longitude + 180);
        for (var r = 0; ; r++)
        {
            ScanRing(ref query, row0, col0, r);
            var bound = UnvisitedBound(latitude, cosLatitude, row0, columnFraction, r);
            if (double.IsPositiveInfinity(bound))
            {
                break;
            }

            var boundChordSquared = GreatCircle.AngleToChordSquared(bound);
            if (boundChordSquared > maxChordSquared || (query.IsFull && query.WorstChordSquared <= boundChordSquared))
            {
                break;
            }
        }

        return query.Count;
    }

    private static int Row(double latitude) => Math.Clamp((int)Math.Floor(latitude + 90), 0, Rows - 1);

    // Longitude 180 and -180 are the same meridian: both fall in column 0.
    private static int Column(double longitude) => (((int)Math.Floor(longitude + 180) % Columns) + Columns) % Columns;

    private static int Cell(int row, int column) => (row * Columns) + column;

    /// <summary>
    /// The smallest angle (radians) from the query to any point outside the block of cells visited after ring
    /// <paramref name="r"/>: such a point lies beyond the block's rows (at least the latitude gap away) or beyond its
    /// columns (at least the distance to the nearer bounding meridian). Infinite once the block covers the sphere.
    /// </summary>
    private static double UnvisitedBound(double latitude, double cosLatitude, int row0, double columnFraction, int r)
    {
        var degrees = double.PositiveInfinity;
        if (row0 - r > 0)
        {
            degrees = latitude + 90 - (row0 - r);
        }

        if (row0 + r < Rows - 1)
        {
            degrees = Math.Min(degrees, row0 + r + 1 - (latitude + 90));
        }

        var bound = GreatCircle.ToRadians(degrees);
        if ((2 * r) + 1 < Columns)
        {
            var longitudeGap = GreatCircle.ToRadians(Math.Min(r + columnFraction, r + 1 - columnFraction));

            // Within 90° of longitude the nearest point of a meridian is where the query's distance to that meridian's
            // great circle is, asin(cos φ · sin Δλ); beyond 90° it is the nearer pole.
            var meridianDistance = longitudeGap <= Math.PI / 2
                ? Math.Asin(Math.Min(1, cosLatitude * Math.Sin(longitudeGap)))
                : (Math.PI / 2) - GreatCircle.ToRadians(Math.Abs(latitude));
            bound = Math.Min(bound, meridianDistance);
        }

        return bound;
    }

    private void ScanRing(ref Query query, int row0, int col0, int r)
    {
        if (r == 0)
        {
            ScanCell(ref query, row0, col0);
            return;
        }

        // Once a ring is wider than the globe its top and bottom rows are whole latitude bands.
        var width = Math.Min((2 * r) + 1, Columns);
        var firstColumn = (2 * r) + 1 >= Columns ? 0 : col0 - r;
        foreach (var row in (ReadOnlySpan<int>)[row0 - r, row0 + r])
        {
            if (row is >= 0 and < Rows)
            {
                for (var k = 0; k < width; k++)
                {
                    ScanCell(ref query, row, firstColumn + k);
                }
            }
        }

        // The side columns: at r = 180 both name the same meridian, and beyond it they were all visited already.
        if (2 * r > Columns)
        {
            return;
        }

        for (var row = Math.Max(0, row0 - r + 1); row <= Math.Min(Rows - 1, row0 + r - 1); row++)
        {
            ScanCell(ref query, row, col0 - r);
            if (2 * r < Columns)
            {
                ScanCell(ref query, row, col0 + r);
            }
        }
    }

    private void ScanCell(ref Query query, int row, int column)
    {
        var cell = Cell(row, ((column % Columns) + Columns) % Columns);
        var end = cellStart[cell + 1];
        var target = query.Target;
        for (var i = cellStart[cell]; i < end; i++)
        {
            var dx = xs[i] - target.X;
            var dy = ys[i] - target.Y;
            var dz = zs[i] - target.Z;
            var chordSquared = (dx * dx) + (dy * dy) + (dz * dz);
            if ((!query.IsFull || chordSquared < query.WorstChordSquared) && ids[i] != query.ExcludeId)
            {
                query.Offer(new Neighbour(indexes[i], chordSquared));
            }
        }
    }

    /// <summary>The best candidates so far, kept sorted nearest first.</summary>
    private ref struct Query(UnitVector target, long excludeId, Span<Neighbour> best)
    {
        private readonly Span<Neighbour> best = best;

        public UnitVector Target { get; } = target;

        public long ExcludeId { get; } = excludeId;

        public int Count { get; private set; }

        public readonly bool IsFull => Count == best.Length;

        public readonly double WorstChordSquared => best[Count - 1].ChordSquared;

        public void Offer(Neighbour candidate)
        {
            var i = IsFull ? Count - 1 : Count++;
            while (i > 0 && best[i - 1].ChordSquared > candidate.ChordSquared)
            {
                best[i] = best[i - 1];
                i--;
            }

            best[i] = candidate;
        }
    }
}
