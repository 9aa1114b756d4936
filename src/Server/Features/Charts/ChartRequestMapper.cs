using Jyotishika.Engine;
using Jyotishika.Engine.Time;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Charts;

/// <summary>
/// Validates a contract chart request and turns it into engine input, reporting every bad field at once. This is the
/// request's one validation: the input comes back marked <see cref="Validated{T}"/>, which the engine does not check again.
/// </summary>
public sealed class ChartRequestMapper(BirthTimeResolver timeResolver)
{
    public (Validated<ChartInput> Input, ResolvedBirthTime Time) Map(Contract.ChartRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var violations = new RequestViolations();
        var preset = PresetMapping.ToEngine(request.Preset, "preset", violations);
        request = PresetMapping.Fill(request, preset);
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
            violations.AddEngine(invalid.Problems);
        }

        VargaMapping.Validate(request.Vargas, violations);
        var settings = new ChartSettings
        {
            HouseSystem = SettingsMapping.ToEngine(request.HouseSystem, "houseSystem", violations),
            Ayanamsha = SettingsMapping.ToEngine(request.Ayanamsha, "ayanamsha", violations),
            UserAyanamsha = SettingsMapping.ToEngine(request.UserAyanamsha),
            NodeType = SettingsMapping.ToEngine(request.NodeType, "nodeType", violations),
            PositionType = SettingsMapping.ToEngine(request.Positions, "positions", violations),
            IncludeOuterPlanets = request.IncludeOuterPlanets,
            TimeScale = SettingsMapping.ToEngine(request.TimeScale, "timeScale", violations),
            Preset = preset,
        };
        var input = new ChartInput(
            time?.Utc ?? SupportedRange.FirstInstant,
            request.HasLatitude ? request.Latitude : 0,
            request.HasLongitude ? request.Longitude : 0,
            settings) { Path = SettingsMapping.ToEngine(request.CalculationPath, "calculationPath", violations) };

        // Ranges of the fields that were present; the time was checked by the resolver above.
        var problems = ChartInputValidator.Validate(input, out var validated);
        if (problems.Count > 0)
        {
            violations.AddEngine(time is null ? problems.Where(problem => problem.Part != InputPart.Instant) : problems);
        }

        violations.ThrowIfAny();
        return (validated, time!);
    }
}
