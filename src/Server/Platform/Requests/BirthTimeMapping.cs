using Jyotishika.Engine;
using Jyotishika.Engine.Time;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Platform.Requests;

/// <summary>
/// The birth-time fields every request that takes a birth time carries (datetime, tz, utcOffsetMinutes, fold, gap,
/// timeStandard, plus the place): contract to engine, naming any field whose enum value is unknown.
/// </summary>
public static class BirthTimeMapping
{
    public static BirthTime ToEngine(
        string datetime,
        string tz,
        int? utcOffsetMinutes,
        Contract.Fold fold,
        Contract.GapResolution gap,
        Contract.TimeStandard standard,
        double latitude,
        double longitude,
        RequestViolations violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var mappedFold = fold switch
        {
            Contract.Fold.Unspecified or Contract.Fold.Earlier => Fold.Earlier,
            Contract.Fold.Later => Fold.Later,
            _ => violations.Refuse("fold", "must be EARLIER or LATER", Fold.Earlier),
        };
        var mappedGap = gap switch
        {
            Contract.GapResolution.Unspecified or Contract.GapResolution.Reject => GapResolution.Reject,
            Contract.GapResolution.ShiftForward => GapResolution.ShiftForward,
            _ => violations.Refuse("gap", "must be REJECT or SHIFT_FORWARD", GapResolution.Reject),
        };
        var mappedStandard = standard switch
        {
            Contract.TimeStandard.Unspecified or Contract.TimeStandard.ZoneTime => TimeStandard.ZoneTime,
            Contract.TimeStandard.LocalMeanTime => TimeStandard.LocalMeanTime,
            _ => violations.Refuse("timeStandard", "must be ZONE_TIME or LOCAL_MEAN_TIME", TimeStandard.ZoneTime),
        };
        return new BirthTime(datetime, tz, utcOffsetMinutes, latitude, longitude)
        {
            Fold = mappedFold,
            Gap = mappedGap,
            Standard = mappedStandard,
        };
    }

    public static Contract.ResolvedTime ToContract(ResolvedBirthTime time, double julianDayUt, TimeScale scale)
    {
        ArgumentNullException.ThrowIfNull(time);
        var contract = new Contract.ResolvedTime
        {
            Utc = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(time.Utc),
            UtcOffsetSeconds = time.UtcOffsetSeconds,
            TimeZone = time.TimeZoneId ?? string.Empty,
            Source = (Contract.TimeSource)(int)time.Source,
            Ambiguous = time.Ambiguous,
            JulianDayUt = julianDayUt,
            TimeScale = SettingsMapping.ToContract(scale),
            LocalDatetime = time.LocalDateTime,
            ShiftedFromGap = time.ShiftedFromGap,
        };
        if (time.FoldUsed is { } fold)
        {
            contract.Fold = (Contract.Fold)(int)fold;
        }

        if (time.Inference?.Nearest is { } nearest)
        {
            contract.InferredFrom = new Contract.InferredFrom
            {
                Name = nearest.Place.Name,
                Region = nearest.Place.Region,
                CountryCode = nearest.Place.CountryCode,
                DistanceKm = nearest.DistanceKm,
            };
        }

        return contract;
    }
}
