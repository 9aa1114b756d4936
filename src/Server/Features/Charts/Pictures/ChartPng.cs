using SkiaSharp;
using Svg.Skia;

namespace Jyotishika.Server.Features.Charts.Pictures;

/// <summary>
/// A chart picture as PNG: the very SVG <see cref="ChartSvg"/> writes, drawn by Skia at its own pixel size with the
/// shipped fonts, so the two formats cannot show different charts.
/// </summary>
public static class ChartPng
{
    public static byte[] Render(byte[] svg)
    {
        ArgumentNullException.ThrowIfNull(svg);
        using var drawing = new SKSvg();
        var settings = drawing.Settings;
        settings.EnableJavaScript = false;
        var fonts = settings.TypefaceProviders ?? throw new InvalidOperationException("Svg.Skia offers no typeface providers.");
        fonts.Clear();
        foreach (var provider in ChartFonts.Providers)
        {
            fonts.Add(provider);
        }

        using (var source = new MemoryStream(svg, writable: false))
        {
            drawing.Load(source);
        }

        using var png = new MemoryStream();
        // The SVG paints its own background; scale 1: its width and height are the requested pixels.
        if (!drawing.Save(png, SKColors.Transparent, SKEncodedImageFormat.Png, 100, 1f, 1f))
        {
            throw new InvalidOperationException("Skia could not encode the chart picture as PNG.");
        }

        return png.ToArray();
    }
}
