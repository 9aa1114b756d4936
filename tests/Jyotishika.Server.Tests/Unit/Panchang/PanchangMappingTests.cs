using Jyotishika.Engine.Panchang;
using Jyotishika.Server.Features.Panchang;
using NodaTime;
using Contract = Jyotishika.V1;
using EngineTimeSource = Jyotishika.Engine.Time.TimeSource;

namespace Jyotishika.Server.Tests.Unit.Panchang;

/// <summary>An engine panchang to the contract's PanchangResponse.</summary>
public sealed class PanchangMappingTests
{
    private static readonly DateTime Sunrise = new(2024, 4, 9, 0, 51, 0, DateTimeKind.Utc);

    [Test]
    public void The_day_zone_and_instants_are_carried_over()
    {
        var response = PanchangMapping.ToContract(Day(), "Asia/Kolkata", EngineTimeSource.GivenTimeZone);

        Assert.That(response.Date, Is.EqualTo("2024-04-09"));
        Assert.That((response.TimeZone, response.TimeZoneSource), Is.EqualTo(("Asia/Kolkata", Contract.TimeSource.GivenTz)));
        Assert.That(response.Sunrise.ToDateTime(), Is.EqualTo(Sunrise));
        Assert.That(response.Sunset.ToDateTime(), Is.EqualTo(Sunrise.AddHours(12.5)));
        Assert.That(response.ReferenceInstant.ToDateTime(), Is.EqualTo(Sunrise));
        Assert.That(response.Moonset, Is.Null, "a body that does not set that day leaves the field unset");
    }

    [Test]
    public void The_vaara_is_numbered_from_Sunday_and_named()
    {
        var response = PanchangMapping.ToContract(Day(), "Asia/Kolkata", EngineTimeSource.GivenTimeZone);

        Assert.That((response.VaaraNumber, response.Vaara), Is.EqualTo((2, "Mangalavara")));
    }

    [Test]
    public void Each_anga_keeps_its_number_name_and_span()
    {
        var response = PanchangMapping.ToContract(Day(), "Asia/Kolkata", EngineTimeSource.GivenTimeZone);

        Assert.That((response.Tithi.Number, response.Tithi.Name, response.Paksha), Is.EqualTo((1, "Pratipada", "Shukla")));
        Assert.That(response.Tithi.Start.ToDateTime(), Is.EqualTo(Sunrise.AddHours(-3)));
        Assert.That(response.Tithi.End.ToDateTime(), Is.EqualTo(Sunrise.AddHours(20)));
        Assert.That((response.Nakshatra.Number, response.Nakshatra.Name), Is.EqualTo((27, "Revati")));
        Assert.That((response.Yoga.Number, response.Yoga.Name), Is.EqualTo((1, "Vishkambha")));
        Assert.That((response.Karana.Number, response.Karana.Name), Is.EqualTo((1, "Kimstughna")));
    }

    [Test]
    public void The_lunar_month_has_both_reckonings()
    {
        var month = PanchangMapping.ToContract(Day(), "Asia/Kolkata", EngineTimeSource.GivenTimeZone).LunarMonth;

        Assert.That((month.AmantaNumber, month.AmantaName, month.PurnimantaNumber, month.PurnimantaName),
            Is.EqualTo((1, "Chaitra", 1, "Chaitra")));
        Assert.That((month.Adhika, month.Kshaya), Is.EqualTo((false, false)));
        Assert.That(month.NewMoonStart.ToDateTime(), Is.EqualTo(Sunrise.AddHours(-3)));
        Assert.That(month.NewMoonEnd.ToDateTime(), Is.EqualTo(Sunrise.AddDays(29.5)));
    }

    [Test]
    public void The_day_periods_are_answered_when_the_day_has_them()
    {
        var response = PanchangMapping.ToContract(Day(), "Asia/Kolkata", EngineTimeSource.GivenTimeZone);

        Assert.That(response.RahuKalam.Start.ToDateTime(), Is.EqualTo(Sunrise.AddHours(9)));
        Assert.That(response.RahuKalam.End.ToDateTime(), Is.EqualTo(Sunrise.AddHours(10.5)));
        Assert.That(response.Yamaganda.Start.ToDateTime(), Is.EqualTo(Sunrise.AddHours(1.5)));
        Assert.That(response.GulikaKalam.Start.ToDateTime(), Is.EqualTo(Sunrise.AddHours(6)));
        Assert.That(response.AbhijitMuhurta.End.ToDateTime(), Is.EqualTo(Sunrise.AddHours(6.65)));
    }

    [Test]
    public void A_polar_day_without_sunrise_has_no_rise_and_no_day_periods()
    {
        var polarNight = Day() with { Sunrise = null, Sunset = null, Periods = null };

        var response = PanchangMapping.ToContract(polarNight, "Europe/Oslo", EngineTimeSource.Inferred);

        Assert.That(response.Sunrise, Is.Null);
        Assert.That(response.Sunset, Is.Null);
        Assert.That(response.RahuKalam, Is.Null);
        Assert.That(response.AbhijitMuhurta, Is.Null);
        Assert.That(response.TimeZoneSource, Is.EqualTo(Contract.TimeSource.Inferred));
    }

    private static DailyPanchang Day() => new(
        new LocalDate(2024, 4, 9),
        RiseConvention.UpperLimbRefracted,
        Sunrise,
        Sunrise.AddHours(12.5),
        Sunrise.AddHours(1),
        null,
        Sunrise,
        Vaara.Mangalavara,
        new Tithi(1, Paksha.Shukla, "Pratipada", Sunrise.AddHours(-3), Sunrise.AddHours(20)),
        new Anga(27, "Revati", Sunrise.AddHours(-10), Sunrise.AddHours(5)),
        new Anga(1, "Vishkambha", Sunrise.AddHours(-2), Sunrise.AddHours(18)),
        new Anga(1, "Kimstughna", Sunrise.AddHours(-3), Sunrise.AddHours(8)),
        new DayPeriods(
            new TimeRange(Sunrise.AddHours(9), Sunrise.AddHours(10.5)),
            new TimeRange(Sunrise.AddHours(1.5), Sunrise.AddHours(3)),
            new TimeRange(Sunrise.AddHours(6), Sunrise.AddHours(7.5)),
            new TimeRange(Sunrise.AddHours(5.85), Sunrise.AddHours(6.65))),
        new LunarMonth(1, "Chaitra", 1, "Chaitra", false, false, Sunrise.AddHours(-3), Sunrise.AddDays(29.5)));
}
