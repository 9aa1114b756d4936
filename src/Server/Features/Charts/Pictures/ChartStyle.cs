namespace Jyotishika.Server.Features.Charts.Pictures;

/// <summary>The three ways Indian astrologers draw a chart.</summary>
public enum ChartStyle
{
    /// <summary>A square with its diagonals and inner diamond; houses are fixed, the ascendant's house at the top centre.</summary>
    North = 1,

    /// <summary>A 4 × 4 ring of squares; signs are fixed, Pisces at the top left and Aries beside it, running clockwise.</summary>
    South = 2,

    /// <summary>A 3 × 3 grid with split corners; signs are fixed, Aries at the top centre, running counter-clockwise.</summary>
    East = 3,
}
