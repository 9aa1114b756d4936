using Jyotishika.Engine;
using Jyotishika.Engine.Time;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Mapping;

/// <summary>Validates a contract chart request and turns it into engine input, reporting every bad field at once.</summary>
public sealed class ChartRequestMapper(BirthTimeResolver timeResolver)
{
    public (ChartInput Input, ResolvedBirthTime Time) Map(Contract.ChartRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var violations = new List<InputViolation>();
        RequiredCoordinates.Check(request.HasLatitude, request.Latitude, request.HasLongitude, request.Longitude, violations);

        var birthTime = BirthTimeMapping.ToEngine(
            request.Datetime,
            request.Tz,
            request.HasUtcOffsetMinutes ? request.UtcOffsetMinutes : null,
            request.Fold,
            request.Gap,
            request.TimeStandard,
            request.HasLatitude ? request.Latitude : double.NaN,
            request.HasLongitude ? request.Longitude : double.NaN,
            violations);
        ResolvedBirthTime? time = null;
        try
        {
            time = timeResolver.Resolve(birthTime);
        }
        catch (InvalidInputException invalid)
        {
            violations.AddRange(invalid.Violations);
        }

        VargaMapping.Validate(request.Vargas, violations);
        var settings = MapSettings(request, violations);
        var path = SettingsMapping.ToEngine(request.CalculationPath);
        if (path is null)
        {
            violations.Add(new InputViolation("calculationPath", "must be FAST or NATIVE"));
        }

        var input = new ChartInput(
            time?.Utc ?? SupportedRange.FirstInstant,
            request.HasLatitude ? request.Latitude : 0,
            request.HasLongitude ? request.Longitude : 0,
            settings ?? ChartSettings.Default) { Path = path ?? CalculationPath.Auto };

        // Ranges of the fields that were present; the time was checked by the resolver above.
        violations.AddRange(ChartInputValidator.Validate(input).Where(v => time is not null || v.Field != "datetime"));
        if (violations.Count > 0)
        {
            // One violation per field: the first says it best (a missing latitude is not also "out of range").
            throw new InvalidInputException(violations.DistinctBy(v => v.Field).ToList());
        }

        return (input, time!);
    }

    private static ChartSettings? MapSettings(Contract.ChartRequest request, List<InputViolation> violations)
    {
        var houseSystem = SettingsMapping.ToEngine(request.HouseSystem);
        var ayanamsha = SettingsMapping.ToEngine(request.Ayanamsha);
        var nodeType = SettingsMapping.ToEngine(request.NodeType);
        var positions = SettingsMapping.ToEngine(request.Positions);
        Check(houseSystem, "houseSystem", "is not a supported house system (e.g. WHOLE_SIGN, PLACIDUS, KOCH, EQUAL)");
        Check(ayanamsha, "ayanamsha", "is not a supported ayanamsha (e.g. LAHIRI, RAMAN, KRISHNAMURTI, TRUE_CITRA)");
        Check(nodeType, "nodeType", "must be MEAN or TRUE");
        Check(positions, "positions", "must be APPARENT or GEOMETRIC");
        if (houseSystem is null || ayanamsha is null || nodeType is null || positions is null)
        {
            return null;
        }

        return new ChartSettings
        {
            HouseSystem = houseSystem.Value,
            Ayanamsha = ayanamsha.Value,
            UserAyanamsha = request.UserAyanamsha is { } user ? new UserAyanamsha(user.ReferenceJulianDay, user.DegreesAtReference) : null,
            NodeType = nodeType.Value,
            PositionType = positions.Value,
            IncludeOuterPlanets = request.IncludeOuterPlanets,
        };

        void Check<T>(T? value, string field, string description)
            where T : struct
        {
            if (value is null)
            {
                violations.Add(new InputViolation(field, description));
            }
        }
    }
}
