using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Aspects;
using Jyotishika.Engine.Jaimini;
using Jyotishika.Engine.Vargas;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Jaimini;

/// <summary>
/// JaiminiService: read the chart (a birth in any varga, or placements) and the conventions, compute, map back. Rasi
/// drishti is mapped as the Strength feature maps it for ComputeAspects.
/// </summary>
public sealed class JaiminiGrpcService(SignChartSource charts, JaiminiLayerBuilder builder) : Contract.JaiminiService.JaiminiServiceBase
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

        var layer = await builder.BuildAsync(chart, options, timed, varga == 1 ? request.Birth : null, context.CancellationToken)
            .ConfigureAwait(false);
        var response = new Contract.JaiminiResponse
        {
            ArudhaLagnaSign = layer.ArudhaLagnaSign,
            UpapadaSign = layer.UpapadaSign,
            Varga = varga,
            Settings = layer.Settings,
            ChartSettings = read.Computed?.Settings,
            InduLagnaSign = layer.InduLagnaSign,
        };
        var karakasMissing = CharaKarakas.MissingDegrees(chart, options.Karakas);
        response.MissingDegrees.AddRange(MissingDegreeFields(request.Placements, karakasMissing.Union(SpecialPoints.MissingDegrees(chart)).ToList()));
        if (request.Placements is not null && chart.AscendantDegree is null)
        {
            response.MissingDegrees.Add("placements.ascendantDegree");
        }

        response.CharaKarakas.AddRange(layer.CharaKarakas);
        response.SpecialPoints.AddRange(layer.SpecialPoints);
        response.RasiDrishti.AddRange(RasiDrishti.Of(chart).Select(StrengthMapping.ToContract));
        response.ArudhaPadas.AddRange(layer.ArudhaPadas);
        response.GrahaArudhas.AddRange(layer.GrahaArudhas);
        return response;
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
