using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Jaimini;
using Jyotishika.Engine.Native;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Jaimini;

/// <summary>
/// The Jaimini layer of a sign chart: karakas (when the degrees they rank are known), arudhas, the points read from the
/// chart, and for a birth read in its rasi chart the points of the day's parts. JaiminiService and the chart's layer
/// both build it here.
/// </summary>
public sealed class JaiminiLayerBuilder(ChartRequestMapper births, Engine.ChartEngine engine, EphemerisPool pool)
{
    public async Task<Contract.JaiminiLayer> BuildAsync(
        SignChart chart, JaiminiOptions options, TimedPointOptions timed, Contract.ChartRequest? rasiBirth, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(options);
        var padas = Arudhas.Bhavas(chart, options);
        var layer = new Contract.JaiminiLayer
        {
            ArudhaLagnaSign = padas[0].Sign,
            UpapadaSign = padas[11].Sign,
            InduLagnaSign = SpecialPoints.InduLagnaSign(chart),
            Settings = JaiminiSettingsMapping.ToContract(options, timed),
        };
        if (CharaKarakas.MissingDegrees(chart, options.Karakas).Count == 0)
        {
            layer.CharaKarakas.AddRange(CharaKarakas.Of(chart, options.Karakas).Select(JaiminiMapping.ToContract));
        }

        layer.SpecialPoints.AddRange(SpecialPoints.Of(chart).Select(JaiminiMapping.ToContract));
        if (rasiBirth is not null)
        {
            layer.SpecialPoints.AddRange((await TimedPointsAsync(rasiBirth, timed, cancellationToken).ConfigureAwait(false)).Select(JaiminiMapping.ToContract));
        }

        layer.ArudhaPadas.AddRange(padas.Select(JaiminiMapping.ToContract));
        layer.GrahaArudhas.AddRange(Arudhas.Grahas(chart, options).Select(JaiminiMapping.ToContract));
        return layer;
    }

    /// <summary>The points read from the day's parts; none where the Sun does not rise or set that day (polar latitudes).</summary>
    private async Task<IReadOnlyList<SpecialPoint>> TimedPointsAsync(
        Contract.ChartRequest birth, TimedPointOptions options, CancellationToken cancellationToken)
    {
        // The birth was read (and checked) already; the engine's chart carries the instant, place and settings the points need.
        var chart = await engine.ComputeAsync(births.Map(birth).Input, cancellationToken).ConfigureAwait(false);
        try
        {
            return await TimedSpecialPoints.ComputeAsync(pool, chart, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Engine.InvalidInputException)
        {
            return [];
        }
    }
}
