namespace Jyotishika.Server.Features.Charts.Pictures;

/// <summary>Where a cell's sign number and labels go, and at what font size.</summary>
/// <param name="FontSize">The labels' font size (the sign number is three quarters of it).</param>
/// <param name="SignNumber">The middle of the sign number's line.</param>
/// <param name="Labels">The middle of each label, in the order given.</param>
internal sealed record CellLayout(double FontSize, PicturePoint SignNumber, IReadOnlyList<PicturePoint> Labels);

/// <summary>
/// Lays out a cell's text in pixels. Labels stand in rows around the cell's centroid, two to a row when there are more
/// than <see cref="OneColumnAtMost"/> and two columns fit larger type than one, and the block is moved inside the cell's top and bottom. Each row is centred on the
/// cell's width at its own height rather than on the centroid: the North style's side triangles are wide at the
/// picture's edge and narrow inward, so text centred on the centroid would run off the picture. A crowded or narrow cell
/// gets a smaller font, down to <see cref="SmallestScale"/> of the normal size, so that its widest label fits.
/// </summary>
internal static class CellText
{
    private const int OneColumnAtMost = 3;

    /// <summary>An em's share an average character takes in DejaVu Sans (digits are 0.64, lower case ~0.6, ° and ′ less).</summary>
    private const double CharacterWidth = 0.62;

    private const double SmallestScale = 0.45;

    public static CellLayout Place(ChartCell cell, int size, IReadOnlyList<int> labelLengths, double fontSize, double lineHeight)
    {
        // Two columns only where they let the labels be larger than one column does.
        var columns = labelLengths.Count > OneColumnAtMost
            && Scale(cell, size, labelLengths, 2, fontSize, lineHeight) > Scale(cell, size, labelLengths, 1, fontSize, lineHeight) ? 2 : 1;
        var rows = (labelLengths.Count + columns - 1) / columns;
        var fitted = fontSize * Math.Clamp(Scale(cell, size, labelLengths, columns, fontSize, lineHeight), SmallestScale, 1);
        var lines = Rows(cell, size, rows, fitted, lineHeight);
        var labels = Enumerable.Range(0, labelLengths.Count).Select(index =>
        {
            var y = lines[(index / columns) + 1];
            var (left, right) = Span(cell, size, y) ?? (cell.Centre.X * size, cell.Centre.X * size);
            var column = columns == 1 ? 0.5 : (index % columns) == 0 ? 0.25 : 0.75;

            // A label wider than its room even at the smallest size is kept whole inside the picture.
            var half = labelLengths[index] * CharacterWidth * fitted / 2;
            return new PicturePoint(Math.Clamp(left + ((right - left) * column), half, Math.Max(half, size - half)), y);
        }).ToList();
        return new CellLayout(fitted, new PicturePoint(LineCentre(cell, size, lines[0]), lines[0]), labels);
    }

    /// <summary>How much the font must shrink for every row's widest label to fit its share of the cell's width there.</summary>
    private static double Scale(ChartCell cell, int size, IReadOnlyList<int> labelLengths, int columns, double fontSize, double lineHeight)
    {
        var rows = (labelLengths.Count + columns - 1) / columns;
        var lines = Rows(cell, size, rows, fontSize, lineHeight);
        // The sign number's line and the rows, with half a line to spare, must fit the cell's height.
        var height = (cell.Outline.Max(point => point.Y) - cell.Outline.Min(point => point.Y)) * size;
        var scale = Math.Min(1, height / ((rows + 1.5) * fontSize * lineHeight));
        for (var row = 0; row < rows; row++)
        {
            if (Span(cell, size, lines[row + 1]) is { } span)
            {
                var widest = labelLengths.Skip(row * columns).Take(columns).Max();
                scale = Math.Min(scale, (((span.Right - span.Left) / columns) - fontSize) / (widest * CharacterWidth * fontSize));
            }
        }

        return scale;
    }

    /// <summary>
    /// The heights of the sign number's line and of each row, centred on the centroid, then moved inside the cell's top and
    /// bottom (with half a line to spare) when they would cross them.
    /// </summary>
    private static double[] Rows(ChartCell cell, int size, int rows, double fontSize, double lineHeight)
    {
        var step = fontSize * lineHeight;
        var first = (cell.Centre.Y * size) - (rows * step / 2);
        var top = (cell.Outline.Min(point => point.Y) * size) + step;
        var bottom = (cell.Outline.Max(point => point.Y) * size) - (step / 2);
        var shift = first < top ? top - first : first + (rows * step) > bottom ? Math.Max(top - first, bottom - first - (rows * step)) : 0;
        return Enumerable.Range(0, rows + 1).Select(line => first + shift + (line * step)).ToArray();
    }

    /// <summary>The middle of the cell's width at height <paramref name="y"/>, or its centroid's x outside the cell.</summary>
    private static double LineCentre(ChartCell cell, int size, double y) =>
        Span(cell, size, y) is { } span ? (span.Left + span.Right) / 2 : cell.Centre.X * size;

    /// <summary>Where a horizontal line at <paramref name="y"/> enters and leaves the (convex) cell, in pixels.</summary>
    private static (double Left, double Right)? Span(ChartCell cell, int size, double y)
    {
        double? left = null, right = null;
        var outline = cell.Outline;
        for (var i = 0; i < outline.Count; i++)
        {
            var (a, b) = (outline[i], outline[(i + 1) % outline.Count]);
            var (ay, by) = (a.Y * size, b.Y * size);
            if (ay == by || y < Math.Min(ay, by) || y > Math.Max(ay, by))
            {
                continue;
            }

            var x = (a.X + ((y - ay) / (by - ay) * (b.X - a.X))) * size;
            left = Math.Min(left ?? x, x);
            right = Math.Max(right ?? x, x);
        }

        return left is { } l && right is { } r && r > l ? (l, r) : null;
    }
}
