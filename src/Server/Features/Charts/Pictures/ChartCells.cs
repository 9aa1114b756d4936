namespace Jyotishika.Server.Features.Charts.Pictures;

/// <summary>A point of the picture, in units of the picture's side (0 to 1), y downward as in SVG.</summary>
public readonly record struct PicturePoint(double X, double Y);

/// <summary>One house or sign cell: the sign it holds, its outline, and where its labels centre.</summary>
public sealed record ChartCell(int Sign, IReadOnlyList<PicturePoint> Outline)
{
    /// <summary>The outline's centroid (of its corners; enough for the triangles and quadrilaterals drawn here).</summary>
    public PicturePoint Centre => new(Outline.Average(point => point.X), Outline.Average(point => point.Y));
}

/// <summary>The twelve cells of each style, in a unit square.</summary>
public static class ChartCells
{
    private const double Third = 1.0 / 3;
    private const double TwoThirds = 2.0 / 3;

    public static IReadOnlyList<ChartCell> For(ChartStyle style, int ascendantSign) => style switch
    {
        ChartStyle.North => North(ascendantSign),
        ChartStyle.South => South,
        ChartStyle.East => East,
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, "not a chart style"),
    };

    /// <summary>
    /// North Indian: the houses are fixed places, house 1 the top-centre diamond and the rest counter-clockwise; each
    /// holds the sign the ascendant's count gives it (house h holds sign ascendant + h − 1).
    /// </summary>
    private static List<ChartCell> North(int ascendantSign) =>
        NorthHouses.Select((corners, index) => new ChartCell((ascendantSign + index) % 12, corners.Select(corner => NorthPoints[corner]).ToList()))
            .ToList();

    /// <summary>
    /// The corners, midpoints and centre of the square, then where the diagonals cross the inner diamond: top left, top
    /// right, bottom right, bottom left.
    /// </summary>
    private static readonly PicturePoint[] NorthPoints =
    [
        new(0, 0), new(0.5, 0), new(1, 0), new(1, 0.5), new(1, 1), new(0.5, 1), new(0, 1), new(0, 0.5), new(0.5, 0.5),
        new(0.25, 0.25), new(0.75, 0.25), new(0.75, 0.75), new(0.25, 0.75),
    ];

    /// <summary>Each house's outline as indices into <see cref="NorthPoints"/>, house 1 (the top diamond) first.</summary>
    private static readonly int[][] NorthHouses =
    [
        [1, 10, 8, 9], [0, 1, 9], [0, 9, 7], [7, 9, 8, 12], [7, 12, 6], [6, 12, 5],
        [5, 12, 8, 11], [5, 11, 4], [4, 11, 3], [3, 11, 8, 10], [3, 10, 2], [2, 10, 1],
    ];

    /// <summary>South Indian: the outer ring of a 4 × 4 grid, Pisces top left, Aries next to it, clockwise.</summary>
    private static readonly IReadOnlyList<ChartCell> South = new (int Column, int Row)[]
    {
        (1, 0), (2, 0), (3, 0), (3, 1), (3, 2), (3, 3), (2, 3), (1, 3), (0, 3), (0, 2), (0, 1), (0, 0),
    }.Select((square, sign) => new ChartCell(sign, Square(square.Column * 0.25, square.Row * 0.25, 0.25))).ToList();

    /// <summary>
    /// East Indian: a 3 × 3 grid, Aries top centre and the signs counter-clockwise; each corner square is cut along its
    /// diagonal through the picture's corner, the half beside the top or bottom row holding the sign met first.
    /// </summary>
    private static readonly IReadOnlyList<ChartCell> East =
    [
        new(0, Square(Third, 0, Third)),
        new(1, [new(0, 0), new(Third, 0), new(Third, Third)]),
        new(2, [new(0, 0), new(Third, Third), new(0, Third)]),
        new(3, Square(0, Third, Third)),
        new(4, [new(0, TwoThirds), new(Third, TwoThirds), new(0, 1)]),
        new(5, [new(Third, TwoThirds), new(Third, 1), new(0, 1)]),
        new(6, Square(Third, TwoThirds, Third)),
        new(7, [new(TwoThirds, TwoThirds), new(1, 1), new(TwoThirds, 1)]),
        new(8, [new(TwoThirds, TwoThirds), new(1, TwoThirds), new(1, 1)]),
        new(9, Square(TwoThirds, Third, Third)),
        new(10, [new(1, 0), new(1, Third), new(TwoThirds, Third)]),
        new(11, [new(TwoThirds, 0), new(1, 0), new(TwoThirds, Third)]),
    ];

    private static PicturePoint[] Square(double x, double y, double side) =>
        [new(x, y), new(x + side, y), new(x + side, y + side), new(x, y + side)];
}
