using Jyotishika.Engine;
using Jyotishika.Engine.Time;
using Jyotishika.Server.Features.Charts;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Tests.Unit.Charts;

/// <summary>
/// An engine chart to the contract's ChartResponse. Expected signs, nakshatras and navamsas are the classical
/// boundaries (signs of 30°, nakshatras of 13°20′ from 0° Ashwini, navamsas of 3°20′ counted from Aries), not this code.
/// </summary>
public sealed class ChartResponseMapperTests
{
    private const string Ephemeris = "Swiss Ephemeris (unit test)";
    private const double JulianDayUt = 2448340.677783012;

    private static readonly DateTime Utc = new(1991, 3, 25, 4, 16, 0, DateTimeKind.Utc);

    private static readonly ResolvedBirthTime Time =
        new(Utc, 19_800, "Asia/Kolkata", TimeSource.GivenTimeZone, false, "1991-03-25T09:46:00");

    [Test]
    public void A_sun_at_280_5_degrees_is_in_Capricorn_Shravana_pada_1_with_an_Aries_navamsa()
    {
        var sun = ToResponse(ChartOf()).Planets[0];

        Assert.That(sun.Planet, Is.EqualTo(Contract.Planet.Sun));
        Assert.That(sun.Longitude, Is.EqualTo(280.5));
        Assert.That((sun.SignIndex, sun.Sign), Is.EqualTo((9, "Capricorn")));
        Assert.That(sun.DegreeInSign, Is.EqualTo(10.5).Within(1e-9));

        // Shravana spans 280°00′–293°20′ and is ruled by the Moon; its first pada ends at 283°20′.
        Assert.That((sun.NakshatraNumber, sun.Nakshatra, sun.Pada), Is.EqualTo((22, "Shravana", 1)));
        Assert.That(sun.NakshatraLord, Is.EqualTo(Contract.Planet.Moon));

        // The older system's name for the pada.
        Assert.That(sun.Charan, Is.EqualTo(sun.Pada));

        // 280.5° is in the 85th navamsa of the zodiac (84 × 3°20′ = 280°); 84 mod 12 = 0, Aries.
        Assert.That((sun.Navamsa, sun.NavamsaSign), Is.EqualTo((0, "Aries")));
    }

    [Test]
    public void A_planets_motion_house_and_distance_are_carried_over()
    {
        var planets = ToResponse(ChartOf()).Planets;
        var sun = planets[0];
        var saturn = planets[1];

        Assert.That((sun.Latitude, sun.Speed, sun.DistanceAu, sun.House), Is.EqualTo((0.0002, 1.02, 0.98, 9)));
        Assert.That((sun.Retrograde, sun.Combust, sun.Stationary), Is.EqualTo((false, false, false)));
        Assert.That(saturn.Planet, Is.EqualTo(Contract.Planet.Saturn));
        Assert.That((saturn.Retrograde, saturn.Combust, saturn.Stationary), Is.EqualTo((true, true, true)), "negative speed is retrograde");
    }

    [Test]
    public void The_ascendant_and_midheaven_carry_their_nakshatra_and_navamsa()
    {
        var response = ToResponse(ChartOf());

        // 35.46°: Taurus; Krittika (26°40′–40°, ruled by the Sun), pada 3 (33°20′–36°40′); the 11th navamsa, Aquarius.
        var ascendant = response.Ascendant;
        Assert.That((ascendant.SignIndex, ascendant.Sign, ascendant.Nakshatra, ascendant.NakshatraNumber, ascendant.Pada),
            Is.EqualTo((1, "Taurus", "Krittika", 3, 3)));
        Assert.That((ascendant.NakshatraLord, ascendant.Navamsa, ascendant.NavamsaSign), Is.EqualTo((Contract.Planet.Sun, 10, "Aquarius")));

        // 293.8°: Capricorn 23.8°; Dhanishta (293°20′–306°40′, ruled by Mars), pada 1; navamsa 88 mod 12 = 4, Leo.
        var midheaven = response.Midheaven;
        Assert.That((midheaven.Sign, midheaven.Nakshatra, midheaven.Pada, midheaven.NakshatraLord),
            Is.EqualTo(("Capricorn", "Dhanishta", 1, Contract.Planet.Mars)));
        Assert.That((midheaven.Navamsa, midheaven.NavamsaSign), Is.EqualTo((4, "Leo")));
    }

    [Test]
    public void House_cusps_keep_their_order_and_signs()
    {
        var houses = ToResponse(ChartOf()).Houses;

        Assert.That(houses.Select(h => h.House), Is.EqualTo(Enumerable.Range(1, 12)));
        Assert.That(houses.Select(h => h.Sign).Take(3), Is.EqualTo(new[] { "Taurus", "Gemini", "Cancer" }));
        Assert.That((houses[11].Longitude, houses[11].SignIndex, houses[11].Sign), Is.EqualTo((0.0, 0, "Aries")));
        Assert.That(houses.Select(h => h.DegreeInSign), Is.All.EqualTo(0));
    }

    [Test]
    public void Metadata_names_the_resolved_time_place_ayanamsha_ephemeris_and_path()
    {
        var metadata = ToResponse(ChartOf()).Metadata;

        Assert.That(metadata.Time.Utc.ToDateTime(), Is.EqualTo(Utc));
        Assert.That((metadata.Time.UtcOffsetSeconds, metadata.Time.TimeZone), Is.EqualTo((19_800, "Asia/Kolkata")));
        Assert.That(metadata.Time.Source, Is.EqualTo(Contract.TimeSource.GivenTz));
        Assert.That(metadata.Time.JulianDayUt, Is.EqualTo(JulianDayUt));
        Assert.That((metadata.Latitude, metadata.Longitude), Is.EqualTo((18.5204, 73.8567)));
        Assert.That(metadata.AyanamshaDegrees, Is.EqualTo(23.7389));
        Assert.That(metadata.Ephemeris, Is.EqualTo(Ephemeris));
        Assert.That(metadata.CalculationPath, Is.EqualTo(Contract.CalculationPath.Native));
        Assert.That(ToResponse(ChartOf() with { FromFastPath = true }).Metadata.CalculationPath, Is.EqualTo(Contract.CalculationPath.Fast));
    }

    [Test]
    public void Settings_echo_the_conventions_used()
    {
        var settings = ToResponse(ChartOf()).Settings;

        Assert.That(settings, Is.EqualTo(new Contract.ChartSettings
        {
            HouseSystem = Contract.HouseSystem.WholeSign,
            Ayanamsha = Contract.Ayanamsha.Lahiri,
            NodeType = Contract.NodeType.Mean,
            Positions = Contract.PositionType.Apparent,
            TimeScale = Contract.TimeScale.Ut1,
        }));
        Assert.That(ToResponse(ChartOf()).DivisionalCharts, Is.Empty, "vargas are added by VargaMapping");
    }

    [Test]
    public void A_user_ayanamsha_is_echoed_only_when_it_was_used()
    {
        var user = new UserAyanamsha(2451545, 23.85);

        var used = ChartResponseMapper.ToContract(new ChartSettings { Ayanamsha = Ayanamsha.UserDefined, UserAyanamsha = user });
        var ignored = ChartResponseMapper.ToContract(new ChartSettings { Ayanamsha = Ayanamsha.Raman, UserAyanamsha = user });

        Assert.That(used.UserAyanamsha, Is.EqualTo(
            new Contract.UserAyanamsha { ReferenceJulianDay = 2451545, DegreesAtReference = 23.85 }));
        Assert.That(used.Ayanamsha, Is.EqualTo(Contract.Ayanamsha.UserDefined));
        Assert.That(ignored.UserAyanamsha, Is.Null);
        Assert.That(ignored.Ayanamsha, Is.EqualTo(Contract.Ayanamsha.Raman));
    }

    private static Contract.ChartResponse ToResponse(Chart chart) => ChartResponseMapper.ToResponse(chart, Time, Ephemeris);

    private static Chart ChartOf() => new(
        Utc,
        JulianDayUt,
        18.5204,
        73.8567,
        ChartSettings.Default,
        23.7389,
        [
            new GrahaPosition(Graha.Sun, Placement.Of(280.5), 0.0002, 0.98, 1.02, House: 9, Combust: false, Stationary: false),
            new GrahaPosition(Graha.Saturn, Placement.Of(35.0), 1.1, 9.5, -0.0001, House: 1, Combust: true, Stationary: true),
        ],
        Placement.Of(35.46),
        Placement.Of(293.8),
        [.. Enumerable.Range(1, 12).Select(house => new HouseCusp(house, Placement.Of(house * 30 % 360)))]);
}
