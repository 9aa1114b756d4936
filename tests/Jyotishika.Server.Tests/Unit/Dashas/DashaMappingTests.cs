using Jyotishika.Engine;
using Jyotishika.Engine.Dasha;
using Jyotishika.Engine.Time;
using Jyotishika.Server.Features.Dashas;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Tests.Unit.Dashas;

/// <summary>Engine dasha periods, lords and options to the contract's messages.</summary>
public sealed class DashaMappingTests
{
    private static readonly DashaLord Saturn = new("Saturn", Graha.Saturn, 19);
    private static readonly DashaLord Mercury = new("Mercury", Graha.Mercury, 17);
    private static readonly DashaLord Ketu = new("Ketu", Graha.Ketu, 7);

    [Test]
    public void A_period_names_its_lord_its_parents_from_the_mahadasha_down_and_its_span()
    {
        var start = new DateTime(1991, 4, 10, 0, 4, 34, DateTimeKind.Utc);
        var period = new DashaPeriod(3, [Saturn, Mercury, Ketu], start, start.AddDays(57.25));

        var contract = DashaMapping.Period(period);

        Assert.That(contract.Level, Is.EqualTo(3));
        Assert.That(contract.Lord, Is.EqualTo(new Contract.DashaLord { Name = "Ketu", Planet = Contract.Planet.Ketu }));
        Assert.That(contract.Parents.Select(p => p.Name), Is.EqualTo(new[] { "Saturn", "Mercury" }));
        Assert.That(contract.Start.ToDateTime(), Is.EqualTo(start));
        Assert.That(contract.End.ToDateTime(), Is.EqualTo(start.AddDays(57.25)));
        Assert.That(contract.DurationDays, Is.EqualTo(57.25));
    }

    [Test]
    public void A_mahadasha_has_no_parents()
    {
        var start = new DateTime(1988, 4, 6, 0, 0, 0, DateTimeKind.Utc);

        var contract = DashaMapping.Period(new DashaPeriod(1, [Saturn], start, start.AddDays(19 * 365.25)));

        Assert.That(contract.Parents, Is.Empty);
        Assert.That(contract.DurationDays, Is.EqualTo(6939.75), "19 Julian years");
    }

    [Test]
    public void A_yogini_keeps_its_own_name_beside_its_ruling_graha()
    {
        var lord = DashaMapping.Lord(new DashaLord("Mangala", Graha.Moon, 1));

        Assert.That((lord.Name, lord.Planet), Is.EqualTo(("Mangala", Contract.Planet.Moon)));
    }

    [Test]
    public void Settings_echo_the_dasha_options_and_the_moons_conventions()
    {
        var user = new UserAyanamsha(2451545, 23.85);
        var birth = new ChartInput(
            new DateTime(1991, 3, 25, 4, 16, 0, DateTimeKind.Utc),
            18.5,
            73.8,
            new ChartSettings
            {
                HouseSystem = HouseSystem.Placidus, Ayanamsha = Ayanamsha.UserDefined, UserAyanamsha = user, NodeType = NodeType.True,
                PositionType = PositionType.Geometric, TimeScale = TimeScale.UtcAsUt,
            });
        var time = new ResolvedBirthTime(birth.UtcInstant, 19_800, "Asia/Kolkata", TimeSource.GivenTimeZone, false, "1991-03-25T09:46:00");
        var query = new DashaQuery(
            ChartInputValidator.Validated(birth), time, DashaSystem.Yogini, DashaYearLength.Savana, 3, birth.UtcInstant,
            birth.UtcInstant.AddYears(1), null)
        {
            Options = new DashaOptions
            {
                SubPeriodShares = SubPeriodShares.Equal, StarGroupBalance = StarGroupBalance.BirthStar,
                CharaMethod = Engine.Dasha.Chara.CharaMethod.KnRao,
                BrahmaRule = Engine.Dasha.Rasi.BrahmaRule.SixthGrahaForSaturnAndNodes,
                Kalachakra = new Engine.Dasha.Kalachakra.KalachakraOptions
                {
                    Groups = Engine.Dasha.Kalachakra.KalachakraNakshatraGroups.TriadStartOnly,
                    Continuation = Engine.Dasha.Kalachakra.KalachakraContinuation.WithinTriad,
                    SubPeriods = Engine.Dasha.Kalachakra.KalachakraSubPeriods.PadaRotation,
                },
            },
        };

        var settings = DashaMapping.Settings(query, 360);

        Assert.That(settings, Is.EqualTo(new Contract.DashaSettings
        {
            System = Contract.DashaSystem.Yogini,
            YearLength = Contract.DashaYearLength.Savana360,
            Depth = 3,
            Ayanamsha = Contract.Ayanamsha.UserDefined,
            UserAyanamsha = new Contract.UserAyanamsha { ReferenceJulianDay = 2451545, DegreesAtReference = 23.85 },
            NodeType = Contract.NodeType.True,
            Positions = Contract.PositionType.Geometric,
            TimeScale = Contract.TimeScale.UtcAsUt,
            StartingStar = Contract.StartingStar.Moon,
            YearDays = 360,
            SubPeriodShares = Contract.SubPeriodShares.Equal,
            StarGroupBalance = Contract.StarGroupBalance.BirthStar,
            CharaMethod = Contract.CharaMethod.KnRao,
            KalachakraGroups = Contract.KalachakraGroups.TriadStartOnly,
            KalachakraContinuation = Contract.KalachakraContinuation.WithinTriad,
            KalachakraSubPeriods = Contract.KalachakraSubPeriods.PadaRotation,
            BrahmaRule = Contract.BrahmaRule.SixthGrahaForSaturnAndNodes,
        }));
    }

    [TestCase(DashaSystem.Vimshottari, Contract.DashaSystem.Vimshottari)]
    [TestCase(DashaSystem.Yogini, Contract.DashaSystem.Yogini)]
    [TestCase(DashaSystem.Ashtottari, Contract.DashaSystem.Ashtottari)]
    public void Every_engine_system_is_the_contract_system_of_the_same_name(DashaSystem system, Contract.DashaSystem expected)
    {
        var birth = new ChartInput(new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc), 0, 0, ChartSettings.Default);
        var time = new ResolvedBirthTime(birth.UtcInstant, 0, null, TimeSource.GivenOffset, false, "2000-01-01T00:00:00Z");
        var query = new DashaQuery(
            ChartInputValidator.Validated(birth), time, system, DashaYearLength.Julian, 1, birth.UtcInstant,
            birth.UtcInstant.AddYears(1), null);

        Assert.That(DashaMapping.Settings(query, 365.25).System, Is.EqualTo(expected));
    }
}
