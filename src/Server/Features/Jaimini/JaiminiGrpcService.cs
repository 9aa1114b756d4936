using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Aspects;
using Jyotishika.Engine.Jaimini;
using Jyotishika.Engine.Native;
using Jyotishika.Engine.Vargas;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Jaimini;

/// <summary>
/// JaiminiService: read the chart (a birth in any varga, or placements) and the conventions, compute, map back. Rasi
/// drishti is mapped as the Strength feature maps it for ComputeAspects.
/// </summary>
public sealed class JaiminiGrpcService(SignChartSource charts, ChartRequestMapper births, Engine.ChartEngine engine, EphemerisPool pool)
    : Contract.JaiminiService.JaiminiServiceBase
{
    public override async Task<Contract.JaiminiResponse> ComputeJaimini(Contract.JaiminiRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var violations = new RequestViolations();
        var options = JaiminiSettingsMapping.ToEngine(request.Settings, violations);
        var timed = JaiminiSettingsMapping.TimedToEngine(request.Settings, violations);
        var varga = request.HasVarga ? request.Varga : 1;
        if (varga is < 1 or > DivisionalChart.MaxDivision)
        {
            violations.Add("varga", $"must be from 1 to {DivisionalChart.MaxDivision}");
            varga = 1;
        }
        else if (varga != 1 && request.Placements is not null)
        {
            violations.Add("varga", "needs a birth: placements are the rasi chart's signs");
        }

        var birth = request.Birth;
        if (birth is not null && varga != 1)
        {
            birth = birth.Clone();
            birth.Vargas.Clear();
            birth.Vargas.Add(varga);
        }

        var read = await charts.ReadAsync(birth, request.Placements, violations, context.CancellationToken).ConfigureAwait(false);
        var chart = varga == 1 ? read.Chart : SignChartSource.FromVarga(read.Computed!, varga);
        violations.ThrowIfAny();

        var padas = Arudhas.Bhavas(chart, options);
        var response = new Contract.JaiminiResponse
        {
            ArudhaLagnaSign = padas[0].Sign,
            UpapadaSign = padas[11].Sign,
            Varga = varga,
            Settings = JaiminiSettingsMapping.ToContract(options, timed),
            ChartSettings = read.Computed?.Settings,
        };
        var karakasMissing = CharaKarakas.MissingDegrees(chart, options.Karakas);
        response.MissingDegrees.AddRange(MissingDegreeFields(request.Placements, karakasMissing.Union(SpecialPoints.MissingDegrees(chart)).ToList()));
        if (request.Placements is not null && chart.AscendantDegree is null)
        {
            response.MissingDegrees.Add("placements.ascendantDegree");
        }

        if (karakasMissing.Count == 0)
        {
            response.CharaKarakas.AddRange(CharaKarakas.Of(chart, options.Karakas).Select(JaiminiMapping.ToContract));
        }

        response.SpecialPoints.AddRange(SpecialPoints.Of(chart).Select(JaiminiMapping.ToContract));
        if (varga == 1 && request.Birth is { } rasiBirth)
        {
            response.SpecialPoints.AddRange(
                (await TimedPointsAsync(rasiBirth, timed, context.CancellationToken).ConfigureAwait(false)).Select(JaiminiMapping.ToContract));
        }

        response.InduLagnaSign = SpecialPoints.InduLagnaSign(chart);
        response.RasiDrishti.AddRange(RasiDrishti.Of(chart).Select(StrengthMapping.ToContract));

        response.ArudhaPadas.AddRange(padas.Select(JaiminiMapping.ToContract));
        response.GrahaArudhas.AddRange(Arudhas.Grahas(chart, options).Select(JaiminiMapping.ToContract));
        return response;
    }

    /// <summary>The points read from the day's parts; none where the Sun does not rise or set that day (polar latitudes).</summary>
    private async Task<IReadOnlyList<SpecialPoint>> TimedPointsAsync(
        Contract.ChartRequest birth, TimedPointOptions options, CancellationToken cancellationToken)
    {
        // The birth was read (and checked) above; the engine's chart carries the instant, place and settings the points need.
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

    /// <summary>Each graha the karakas rank but whose degree the placements left out, named by its place in the list.</summary>
    private static List<string> MissingDegreeFields(Contract.Placements? placements, IReadOnlyList<Engine.Graha> missing) =>
        placements is null
            ? []
            : placements.Grahas
                .Select((placement, index) => (Graha: (Engine.Graha)(int)placement.Graha, Index: index))
                .Where(entry => missing.Contains(entry.Graha))
                .Select(entry => $"placements.grahas[{entry.Index}].degree")
                .ToList();
}
