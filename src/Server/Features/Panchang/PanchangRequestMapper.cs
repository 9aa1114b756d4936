using Jyotishika.Engine;
using Jyotishika.Engine.Panchang;
using Jyotishika.Engine.Places;
using NodaTime;
using NodaTime.Text;
using Contract = Jyotishika.V1;
using EngineTimeSource = Jyotishika.Engine.Time.TimeSource;

namespace Jyotishika.Server.Features.Panchang;

/// <summary>
/// Validates a panchang request and resolves the day's zone; every bad field is reported at once. The engine's own checks
/// (the day's range) run here too, once, and the input comes back marked <see cref="Validated{T}"/>.
/// </summary>
public sealed class PanchangRequestMapper(TimeZoneLocator locator, IDateTimeZoneProvider zones)
{
    public (Validated<PanchangInput> Input, EngineTimeSource ZoneSource) Map(Contract.PanchangRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var violations = new RequestViolations();
        var date = LocalDatePattern.Iso.Parse(request.Date?.Trim() ?? string.Empty);
        if (!date.Success)
        {
            violations.Add("date", "must be a calendar date such as 2024-04-09");
        }

        RequiredCoordinates.Check(request.HasLatitude, request.Latitude, request.HasLongitude, request.Longitude, violations);
        var settings = new ChartSettings
        {
            Ayanamsha = SettingsMapping.ToEngine(request.Ayanamsha) ?? violations.Refuse(
                "ayanamsha", "is not a supported ayanamsha", ChartSettings.Default.Ayanamsha),
            PositionType = SettingsMapping.ToEngine(request.Positions) ?? violations.Refuse(
                "positions", "must be APPARENT or GEOMETRIC", ChartSettings.Default.PositionType),
            UserAyanamsha = SettingsMapping.ToEngine(request.UserAyanamsha),
        };
        var rise = request.RiseConvention switch
        {
            Contract.RiseConvention.Unspecified or Contract.RiseConvention.UpperLimbRefracted => RiseConvention.UpperLimbRefracted,
            Contract.RiseConvention.HinduDiscCentre => RiseConvention.HinduDiscCentre,
            _ => violations.Refuse(
                "riseConvention", "must be UPPER_LIMB_REFRACTED or HINDU_DISC_CENTRE", RiseConvention.UpperLimbRefracted),
        };
        // Settings are judged with the request's own fields, so one answer names them all; the full check below finds
        // nothing more there.
        violations.AddEngine(ChartInputValidator.ValidateSettings(settings));
        var zone = ResolveZone(request, violations, out var source);
        violations.ThrowIfAny();

        // The day's range is judged once the request itself is sound, as it always has been.
        var input = new PanchangInput(date.Value, request.Latitude, request.Longitude, zone!, settings) { Rise = rise };
        violations.AddEngine(PanchangInputValidator.Validate(input, out var validated));
        violations.ThrowIfAny();
        return (validated, source);
    }

    /// <summary>The zone the request names, or the one its coordinates lie in (none when they are missing or invalid).</summary>
    private DateTimeZone? ResolveZone(Contract.PanchangRequest request, RequestViolations violations, out EngineTimeSource source)
    {
        source = EngineTimeSource.GivenTimeZone;
        if (!string.IsNullOrWhiteSpace(request.Tz))
        {
            var zone = zones.GetZoneOrNull(request.Tz.Trim());
            if (zone is null)
            {
                violations.Add("tz", "is not a known IANA time-zone name (for example Asia/Kolkata)");
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
