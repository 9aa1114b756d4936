using Grpc.Core;
using Jyotishika.Engine;
using Jyotishika.Engine.Panchang;
using Jyotishika.Engine.Places;
using Jyotishika.Server.Platform.Requests;
using Jyotishika.V1;
using NodaTime;
using NodaTime.Text;
using ChartSettings = Jyotishika.Engine.ChartSettings;
using EngineTimeSource = Jyotishika.Engine.Time.TimeSource;
using UserAyanamsha = Jyotishika.Engine.UserAyanamsha;

namespace Jyotishika.Server.Features.Panchang;

/// <summary>PanchangService: validate and resolve the day's zone, delegate to the panchang engine, map back.</summary>
public sealed class PanchangGrpcService(PanchangEngine engine, TimeZoneLocator locator, IDateTimeZoneProvider zones)
    : PanchangService.PanchangServiceBase
{
    public override async Task<PanchangResponse> ComputePanchang(PanchangRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var violations = new List<InputViolation>();
        var date = LocalDatePattern.Iso.Parse(request.Date?.Trim() ?? string.Empty);
        if (!date.Success)
        {
            violations.Add(new("date", "must be a calendar date such as 2024-04-09"));
        }

        RequiredCoordinates.Check(request.HasLatitude, request.Latitude, request.HasLongitude, request.Longitude, violations);
        var ayanamsha = SettingsMapping.ToEngine(request.Ayanamsha);
        var positions = SettingsMapping.ToEngine(request.Positions);
        if (ayanamsha is null)
        {
            violations.Add(new("ayanamsha", "is not a supported ayanamsha"));
        }

        if (positions is null)
        {
            violations.Add(new("positions", "must be APPARENT or GEOMETRIC"));
        }

        var rise = request.RiseConvention switch
        {
            V1.RiseConvention.Unspecified or V1.RiseConvention.UpperLimbRefracted => Engine.Panchang.RiseConvention.UpperLimbRefracted,
            V1.RiseConvention.HinduDiscCentre => Engine.Panchang.RiseConvention.HinduDiscCentre,
            _ => (Engine.Panchang.RiseConvention?)null,
        };
        if (rise is null)
        {
            violations.Add(new("riseConvention", "must be UPPER_LIMB_REFRACTED or HINDU_DISC_CENTRE"));
        }

        var settings = new ChartSettings
        {
            Ayanamsha = ayanamsha ?? ChartSettings.Default.Ayanamsha,
            PositionType = positions ?? ChartSettings.Default.PositionType,
            UserAyanamsha = request.UserAyanamsha is { } user ? new UserAyanamsha(user.ReferenceJulianDay, user.DegreesAtReference) : null,
        };
        violations.AddRange(ChartInputValidator.ValidateSettings(settings));
        var zone = ResolveZone(request, violations, out var source);
        if (violations.Count > 0)
        {
            throw new InvalidInputException(violations.DistinctBy(v => v.Field).ToList());
        }

        var input = new PanchangInput(date.Value, request.Latitude, request.Longitude, zone!, settings) { Rise = rise!.Value };
        var panchang = await engine.ComputeAsync(input, context.CancellationToken).ConfigureAwait(false);
        var response = PanchangMapping.ToContract(panchang, zone!.Id, source);
        response.Ayanamsha = SettingsMapping.ToContract(settings.Ayanamsha);
        response.Positions = SettingsMapping.ToContract(settings.PositionType);
        response.RiseConvention = (V1.RiseConvention)(int)input.Rise;
        return response;
    }

    private DateTimeZone? ResolveZone(PanchangRequest request, List<InputViolation> violations, out EngineTimeSource source)
    {
        source = EngineTimeSource.GivenTimeZone;
        if (!string.IsNullOrWhiteSpace(request.Tz))
        {
            var zone = zones.GetZoneOrNull(request.Tz.Trim());
            if (zone is null)
            {
                violations.Add(new("tz", "is not a known IANA time-zone name (for example Asia/Kolkata)"));
            }

            return zone;
        }

        source = EngineTimeSource.Inferred;
        if (!GeoCoordinates.IsValidLatitude(request.Latitude) || !GeoCoordinates.IsValidLongitude(request.Longitude)
            || !request.HasLatitude || !request.HasLongitude)
        {
            return null;
        }

        return zones.GetZoneOrNull(locator.Infer(request.Latitude, request.Longitude).TimeZone);
    }
}
