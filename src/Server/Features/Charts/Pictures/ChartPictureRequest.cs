using Jyotishika.Engine;

namespace Jyotishika.Server.Features.Charts.Pictures;

public enum PictureFormat
{
    Svg = 1,
    Png = 2,
}

/// <summary>A checked RenderChart request: the birth as engine input, which varga, and how to draw it.</summary>
/// <param name="Birth">The chart's input, checked exactly as ComputeChart checks it.</param>
/// <param name="Division">The n of Dn, 1 … <see cref="Engine.Vargas.DivisionalChart.MaxDivision"/>.</param>
/// <param name="Format">SVG or PNG.</param>
/// <param name="Options">Style, degrees, language, theme and size.</param>
public sealed record ChartPictureRequest(Validated<ChartInput> Birth, int Division, PictureFormat Format, ChartPictureOptions Options);
