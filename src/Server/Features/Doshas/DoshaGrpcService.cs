using Jyotishika.Engine.Doshas;
using Jyotishika.Engine.Ephemeris;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Doshas;

/// <summary>
/// DoshaService: read the chart (a birth or placements), the conventions and the instant, assess each dosha, map back.
/// Sade Sati follows Saturn from the birth on the ephemeris pool, in the birth chart's own frame (the Moon's sign and
/// Saturn's ingresses under one ayanamsha).
/// </summary>
public sealed class DoshaGrpcService(SignChartSource charts, ChartRequestMapper births, EphemerisEngine ephemeris)
    : Contract.DoshaService.DoshaServiceBase
{
    public override async Task<Contract.DoshaResponse> ComputeDoshas(Contract.DoshaRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var violations = new RequestViolations();
        var options = DoshaSettingsMapping.ToEngine(request.Settings, violations);
        var at = ReadAt(request, violations);
        var read = await charts.ReadAsync(request.Birth, request.Placements, violations, context.CancellationToken).ConfigureAwait(false);

        var response = new Contract.DoshaResponse
        {
            Manglik = DoshaMapping.ToContract(Manglik.Assess(read.Chart, options.Manglik)),
            KaalSarp = DoshaMapping.ToContract(KaalSarp.Assess(read.Chart, options.KaalSarp)),
            GuruChandala = DoshaMapping.ToContract(GuruChandala.Assess(read.Chart, options.GuruChandala)),
            Pitra = DoshaMapping.ToContract(PitraDosha.Assess(read.Chart, options.Pitra)),
            Settings = DoshaSettingsMapping.ToContract(options),
            ChartSettings = read.Computed?.Settings,
        };
        if (read.Computed is not null)
        {
            // The birth was computed above, so it maps without fault: this is the same validated input the chart used.
            var (input, time) = births.Map(request.Birth);
            var moonSign = read.Chart.SignOf(Engine.Graha.Moon);
            var timeline = await SadeSati.ComputeAsync(
                    ephemeris, time.Utc, moonSign, input.Value.Settings, options.SadeSatiYears, context.CancellationToken)
                .ConfigureAwait(false);
            response.SadeSati = DoshaMapping.ToContract(timeline, at);
        }

        return response;
    }

    private static DateTime? ReadAt(Contract.DoshaRequest request, RequestViolations violations)
    {
        if (string.IsNullOrWhiteSpace(request.At))
        {
            return null;
        }

        if (request.Placements is not null && request.Birth is null)
        {
            return violations.Refuse<DateTime?>(
                "at", "needs a birth: placements have no birth instant, so no Sade Sati to read at it", null);
        }

        return Rfc3339.TryParseInstant(request.At, out var instant)
            ? instant
            : violations.Refuse<DateTime?>("at", "must be an RFC 3339 instant with offset (2024-01-31T12:00:00Z)", null);
    }
}
