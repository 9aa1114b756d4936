using Grpc.Core;
using Jyotishika.Server.Features.Panchang;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests.Unit.Panchang;

/// <summary>
/// PanchangService in process. Expectations are published facts about 2024-04-09 in Delhi: a Tuesday; sunrise 06:02 IST
/// (timeanddate.com); the new moon of the 8 April 2024 total eclipse at 18:21 UTC, so the day is Chaitra Shukla
/// Pratipada (Chaitra Navratri and Ugadi began that day); Tuesday's Rahu kalam is the seventh eighth of daylight.
/// </summary>
public sealed class PanchangGrpcServiceTests
{
    private static readonly (string Name, Action<PanchangRequest> Break, string Field, string Description)[] BadFields =
    [
        ("February 30", r => r.Date = "2024-02-30", "date", "must be a calendar date such as 2024-04-09"),
        ("date with a time", r => r.Date = "2024-04-09T06:00:00", "date", "must be a calendar date such as 2024-04-09"),
        ("before the ephemeris", r => r.Date = "1800-02-10", "date",
            "must be between 1800-02-11 and 2399-11-21; the installed ephemeris covers no other dates"),
        ("after the ephemeris", r => r.Date = "2399-11-22", "date",
            "must be between 1800-02-11 and 2399-11-21; the installed ephemeris covers no other dates"),
        ("no latitude", r => r.ClearLatitude(), "latitude", "is required (degrees, north positive, between -90 and 90)"),
        ("unknown zone", r => r.Tz = "Asia/Atlantis", "tz", "is not a known IANA time-zone name (for example Asia/Kolkata)"),
        ("unknown rise convention", r => r.RiseConvention = (RiseConvention)9, "riseConvention",
            "must be UPPER_LIMB_REFRACTED or HINDU_DISC_CENTRE"),
        ("unknown ayanamsha", r => r.Ayanamsha = (Ayanamsha)99, "ayanamsha", "is not a supported ayanamsha"),
        ("unknown position type", r => r.Positions = (PositionType)5, "positions", "must be APPARENT or GEOMETRIC"),
        ("user ayanamsha missing", r => r.Ayanamsha = Ayanamsha.UserDefined, "userAyanamsha", "is required when ayanamsha is USER_DEFINED"),
    ];

    private static PanchangGrpcService Service => InProcessServices.Create<PanchangGrpcService>();

    [Test]
    public async Task Delhi_on_9_April_2024_is_Chaitra_Shukla_Pratipada_on_a_Tuesday()
    {
        var panchang = await InterceptedCall.UnaryAsync(Service.ComputePanchang, Delhi());

        Assert.That(
            (panchang.Date, panchang.TimeZone, panchang.TimeZoneSource), Is.EqualTo(("2024-04-09", "Asia/Kolkata", TimeSource.Inferred)));
        Assert.That((panchang.VaaraNumber, panchang.Vaara), Is.EqualTo(((int)DayOfWeek.Tuesday, "Mangalavara")));
        Assert.That((panchang.Tithi.Number, panchang.Tithi.Name, panchang.Paksha), Is.EqualTo((1, "Pratipada", "Shukla")));
        Assert.That((panchang.LunarMonth.AmantaNumber, panchang.LunarMonth.AmantaName), Is.EqualTo((1, "Chaitra")));
        Assert.That(panchang.LunarMonth.NewMoonStart.ToDateTime(),
            Is.EqualTo(new DateTime(2024, 4, 8, 18, 21, 0, DateTimeKind.Utc)).Within(TimeSpan.FromMinutes(2)));
        var sunrise = new DateTime(2024, 4, 9, 0, 32, 0, DateTimeKind.Utc);
        Assert.That(panchang.Sunrise.ToDateTime(), Is.EqualTo(sunrise).Within(TimeSpan.FromMinutes(2)), "06:02 IST");
        Assert.That(panchang.ReferenceInstant, Is.EqualTo(panchang.Sunrise));
    }

    [Test]
    public async Task Tuesdays_Rahu_kalam_is_the_seventh_eighth_of_daylight()
    {
        var panchang = await InterceptedCall.UnaryAsync(Service.ComputePanchang, Delhi());

        var sunrise = panchang.Sunrise.ToDateTime();
        var eighth = (panchang.Sunset.ToDateTime() - sunrise) / 8;
        Assert.That(panchang.RahuKalam.Start.ToDateTime(), Is.EqualTo(sunrise + 6 * eighth).Within(TimeSpan.FromSeconds(1)));
        Assert.That(panchang.RahuKalam.End.ToDateTime(), Is.EqualTo(sunrise + 7 * eighth).Within(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public async Task Unset_conventions_are_echoed_as_their_defaults_and_set_ones_as_given()
    {
        var defaults = await InterceptedCall.UnaryAsync(Service.ComputePanchang, Delhi());
        var request = Delhi();
        request.Tz = "Asia/Kolkata";
        request.Ayanamsha = Ayanamsha.Raman;
        request.Positions = PositionType.Geometric;
        request.RiseConvention = RiseConvention.HinduDiscCentre;
        var chosen = await InterceptedCall.UnaryAsync(Service.ComputePanchang, request);

        Assert.That((defaults.Ayanamsha, defaults.Positions, defaults.RiseConvention),
            Is.EqualTo((Ayanamsha.Lahiri, PositionType.Apparent, RiseConvention.UpperLimbRefracted)));
        Assert.That((chosen.Ayanamsha, chosen.Positions, chosen.RiseConvention),
            Is.EqualTo((Ayanamsha.Raman, PositionType.Geometric, RiseConvention.HinduDiscCentre)));
        Assert.That(chosen.TimeZoneSource, Is.EqualTo(TimeSource.GivenTz));
    }

    [Test]
    public async Task Polar_night_in_Tromso_has_no_sunrise_and_takes_the_angas_at_local_midnight()
    {
        var request = new PanchangRequest { Date = "2023-12-15", Latitude = 69.6492, Longitude = 18.9553 };

        var panchang = await InterceptedCall.UnaryAsync(Service.ComputePanchang, request);

        // Europe/Oslo is UTC+1 in winter.
        Assert.That(panchang.TimeZone, Is.EqualTo("Europe/Oslo"));
        Assert.That(panchang.Sunrise, Is.Null);
        Assert.That(panchang.Sunset, Is.Null);
        Assert.That(panchang.RahuKalam, Is.Null);
        Assert.That(panchang.ReferenceInstant.ToDateTime(),
            Is.EqualTo(new DateTime(2023, 12, 14, 23, 0, 0, DateTimeKind.Utc)).Within(TimeSpan.FromSeconds(1)));
    }

    private static IEnumerable<TestCaseData> BadRequests() =>
        BadFields.Select(c => new TestCaseData(c.Break, c.Field, c.Description).SetArgDisplayNames(c.Name));

    [TestCaseSource(nameof(BadRequests))]
    public void A_bad_field_is_INVALID_ARGUMENT_naming_it(Action<PanchangRequest> breakRequest, string field, string description)
    {
        ArgumentNullException.ThrowIfNull(breakRequest);
        var request = Delhi();
        breakRequest(request);

        var error = Assert.ThrowsAsync<RpcException>(() => InterceptedCall.UnaryAsync(Service.ComputePanchang, request))!;

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.Violations(), Is.EqualTo(new[] { (field, description) }));
    }

    [Test]
    public void An_empty_request_names_date_latitude_and_longitude()
    {
        var error = Assert.ThrowsAsync<RpcException>(() => InterceptedCall.UnaryAsync(Service.ComputePanchang, new PanchangRequest()))!;

        Assert.That(error.ViolatedFields(), Is.EqualTo(new[] { "date", "latitude", "longitude" }));
    }

    private static PanchangRequest Delhi() => new() { Date = "2024-04-09", Latitude = 28.6139, Longitude = 77.2090 };
}
