using Jyotishika.Engine;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Charts.Pictures;

/// <summary>A rendered picture and its media type.</summary>
/// <param name="Bytes">The SVG document or PNG file.</param>
/// <param name="ContentType">image/svg+xml or image/png.</param>
public sealed record RenderedPicture(byte[] Bytes, string ContentType);

/// <summary>
/// RenderChart: check the request, compute the chart on the engine, draw the varga's placements. Not through the JSON
/// result cache: that holds contract answers, and the picture needs the engine's chart, which the fast path computes in
/// tens of microseconds, less than drawing it.
/// </summary>
public sealed class ChartPictureRendering(ChartEngine engine, ChartPictureRequestMapper mapper, ChartCalculationTimer timer)
{
    public const string SvgType = "image/svg+xml";
    public const string PngType = "image/png";

    public async Task<RenderedPicture> RenderAsync(Contract.RenderChartRequest request, CancellationToken cancellationToken)
    {
        var checkedRequest = mapper.Map(request);
        var birth = checkedRequest.Birth;
        var chart = await timer.TimeAsync(birth.Value.Settings, () => engine.ComputeAsync(birth, cancellationToken)).ConfigureAwait(false);
        var svg = ChartSvg.Render(ChartPicture.Of(chart, checkedRequest.Division), checkedRequest.Options);
        return checkedRequest.Format == PictureFormat.Png ? new RenderedPicture(ChartPng.Render(svg, checkedRequest.Options.Size), PngType) : new RenderedPicture(svg, SvgType);
    }
}
