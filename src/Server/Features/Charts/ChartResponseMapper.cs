using Jyotishika.Engine;
using Jyotishika.Engine.Time;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Charts;

/// <summary>Engine chart to contract response.</summary>
public static class ChartResponseMapper
{
    public static Contract.ChartResponse ToResponse(Chart chart, ResolvedBirthTime time, string ephemeris)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(time);
        var response = new Contract.ChartResponse
        {
            Ascendant = ToPoint(chart.Ascendant),
            Midheaven = ToPoint(chart.Midheaven),
            Settings = ToContract(chart.Settings),
            Metadata = new Contract.ChartMetadata
            {
                Time = BirthTimeMapping.ToContract(time, chart.JulianDayUt, chart.Settings.TimeScale),
                Latitude = chart.Latitude,
                Longitude = chart.Longitude,
                AyanamshaDegrees = chart.AyanamshaDegrees,
                Ephemeris = ephemeris,
                CalculationPath = chart.FromFastPath ? Contract.CalculationPath.Fast : Contract.CalculationPath.Native,
            },
        };
        response.Planets.AddRange(chart.Grahas.Select(ToPlanet));
        response.Houses.AddRange(chart.Cusps.Select(cusp => new Contract.HouseCusp
        {
            House = cusp.House,
            Longitude = cusp.Placement.Longitude,
            SignIndex = cusp.Placement.Sign,
            Sign = Zodiac.SignNames[cusp.Placement.Sign],
            DegreeInSign = cusp.Placement.DegreeInSign,
        }));
        return response;
    }

    public static Contract.ChartSettings ToContract(ChartSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new Contract.ChartSettings
        {
            HouseSystem = SettingsMapping.ToContract(settings.HouseSystem),
            Ayanamsha = SettingsMapping.ToContract(settings.Ayanamsha),
            NodeType = SettingsMapping.ToContract(settings.NodeType),
            Positions = SettingsMapping.ToContract(settings.PositionType),
            UserAyanamsha = settings.Ayanamsha == Ayanamsha.UserDefined && settings.UserAyanamsha is { } user
                ? new Contract.UserAyanamsha { ReferenceJulianDay = user.ReferenceJulianDay, DegreesAtReference = user.DegreesAtReference }
                : null,
            IncludeOuterPlanets = settings.IncludeOuterPlanets,
            TimeScale = SettingsMapping.ToContract(settings.TimeScale),
            Preset = (Contract.Preset)(int)(settings.Preset ?? 0),
        };
    }

    private static Contract.ChartPoint ToPoint(Placement placement) => new()
    {
        Longitude = placement.Longitude,
        SignIndex = placement.Sign,
        Sign = Zodiac.SignNames[placement.Sign],
        DegreeInSign = placement.DegreeInSign,
        Nakshatra = placement.Nakshatra.Name,
        NakshatraNumber = placement.Nakshatra.Number,
        Pada = placement.Nakshatra.Pada,
        Charan = placement.Nakshatra.Pada,
        NakshatraLord = SettingsMapping.ToContract(placement.Nakshatra.Lord),
        Navamsa = placement.NavamsaSign,
        NavamsaSign = Zodiac.SignNames[placement.NavamsaSign],
    };

    private static Contract.PlanetPosition ToPlanet(GrahaPosition position)
    {
        var placement = position.Placement;
        return new Contract.PlanetPosition
        {
            Planet = SettingsMapping.ToContract(position.Graha),
            Longitude = placement.Longitude,
            Latitude = position.Latitude,
            Speed = position.Speed,
            Retrograde = position.Retrograde,
            SignIndex = placement.Sign,
            Sign = Zodiac.SignNames[placement.Sign],
            DegreeInSign = placement.DegreeInSign,
            Nakshatra = placement.Nakshatra.Name,
            NakshatraNumber = placement.Nakshatra.Number,
            Pada = placement.Nakshatra.Pada,
            Charan = placement.Nakshatra.Pada,
            NakshatraLord = SettingsMapping.ToContract(placement.Nakshatra.Lord),
            Navamsa = placement.NavamsaSign,
            NavamsaSign = Zodiac.SignNames[placement.NavamsaSign],
            House = position.House,
            Combust = position.Combust,
            Stationary = position.Stationary,
            DistanceAu = position.DistanceAu,
        };
    }
}
