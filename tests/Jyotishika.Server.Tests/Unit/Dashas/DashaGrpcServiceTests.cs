using Grpc.Core;
using Jyotishika.Server.Features.Dashas;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests.Unit.Dashas;

/// <summary>
/// DashaService in process, unary and streamed. The Moon's longitude is the end-to-end golden answer for this birth
/// (Golden/answers/dasha.txt, dasha-old-path); what follows from it is Vimshottari arithmetic: nakshatras of 13°20′, the
/// lords Ketu 7, Venus 20, Sun 6, Moon 10, Mars 7, Rahu 18, Jupiter 16, Saturn 19, Mercury 17 years.
/// </summary>
public sealed class DashaGrpcServiceTests
{
    private const double GoldenMoon = 95.41403911498514;
    private const double JulianYear = 365.25;

    private static readonly DateTime BirthUtc = new(1991, 3, 25, 4, 16, 0, DateTimeKind.Utc);

    private static readonly (string Lord, int Years)[] FromSaturn =
    [
        ("Saturn", 19), ("Mercury", 17), ("Ketu", 7), ("Venus", 20), ("Sun", 6), ("Moon", 10), ("Mars", 7), ("Rahu", 18), ("Jupiter", 16),
    ];

    private static DashaGrpcService Service => InProcessServices.Create<DashaGrpcService>();

    [Test]
    public async Task The_birth_enters_the_cycle_in_Saturns_period_for_a_Moon_in_Pushya()
    {
        var dasha = await InterceptedCall.UnaryAsync(Service.ComputeDasha, Pune());

        // Pushya, the 8th nakshatra (93°20′–106°40′), is ruled by Saturn.
        var elapsed = GoldenMoon / (360.0 / 27) - 7;
        Assert.That(dasha.MoonLongitude, Is.EqualTo(GoldenMoon).Within(1e-6));
        Assert.That((dasha.MoonNakshatraNumber, dasha.MoonNakshatra), Is.EqualTo((8, "Pushya")));
        Assert.That(dasha.BirthLord, Is.EqualTo(new DashaLord { Name = "Saturn", Planet = Planet.Saturn }));
        Assert.That(dasha.ElapsedFraction, Is.EqualTo(elapsed).Within(1e-6));
        Assert.That(dasha.BalanceYears, Is.EqualTo((1 - elapsed) * 19).Within(1e-5));
        Assert.That(dasha.Time.Utc.ToDateTime(), Is.EqualTo(BirthUtc));
        Assert.That(dasha.Settings.Depth, Is.EqualTo(2));
    }

    [Test]
    public async Task Mahadashas_follow_the_Vimshottari_order_and_years_from_the_birth_lord()
    {
        var dasha = await InterceptedCall.UnaryAsync(Service.ComputeDasha, Pune());

        var mahadashas = dasha.Periods.Where(p => p.Level == 1).ToList();
        var elapsed = GoldenMoon / (360.0 / 27) - 7;
        var cycleStart = BirthUtc.AddDays(-elapsed * 19 * JulianYear);
        Assert.That(mahadashas[0].Start.ToDateTime(), Is.EqualTo(cycleStart).Within(TimeSpan.FromSeconds(1)));
        Assert.That(mahadashas.Take(9).Select(p => p.Lord.Name), Is.EqualTo(FromSaturn.Select(l => l.Lord)));
        Assert.That(mahadashas.Take(9).Select(p => p.DurationDays), Is.EqualTo(FromSaturn.Select(l => l.Years * JulianYear)).Within(1e-6));

        // The window ends 120 years after birth, inside the second cycle's first period.
        Assert.That(mahadashas.Select(p => p.Lord.Name).Last(), Is.EqualTo("Saturn"));
        Assert.That(mahadashas, Has.Count.EqualTo(10));
    }

    [Test]
    public async Task Antardashas_split_each_mahadasha_starting_with_its_own_lord()
    {
        var dasha = await InterceptedCall.UnaryAsync(Service.ComputeDasha, Pune());

        var underSaturn = dasha.Periods.Where(p => p.Level == 2 && p.Parents[0].Name == "Saturn").Take(9).ToList();
        Assert.That(underSaturn.Select(p => p.Lord.Name), Is.EqualTo(FromSaturn.Select(l => l.Lord)));

        // An antardasha lasts mahadasha years × its lord's years / 120 years.
        var expected = FromSaturn.Select(l => 19.0 * l.Years / 120 * JulianYear);
        Assert.That(underSaturn.Select(p => p.DurationDays), Is.EqualTo(expected).Within(1e-6));
    }

    [Test]
    public async Task RunningAt_names_the_period_on_every_level_at_the_instant()
    {
        var request = Pune();
        request.AtDate = "2000-01-01";

        var dasha = await InterceptedCall.UnaryAsync(Service.ComputeDasha, request);

        // Saturn's mahadasha runs 1988–2007; its Moon antardasha from 1999-03-10 to 2000-10-08 (dasha-old-path).
        Assert.That(dasha.RunningAt.Select(p => (p.Level, p.Lord.Name)), Is.EqualTo(new[] { (1, "Saturn"), (2, "Moon") }));
        var at = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.That(dasha.RunningAt.Select(p => p.Start.ToDateTime() <= at && at < p.End.ToDateTime()), Is.All.True);
    }

    [TestCase(DashaSystem.Yogini, "Dhanya", Planet.Jupiter)]
    [TestCase(DashaSystem.Ashtottari, "Sun", Planet.Sun)]
    public async Task Other_systems_start_from_their_own_lord_of_Pushya(DashaSystem system, string lord, Planet planet)
    {
        // Yogini: (nakshatra 8 + 3) mod 8 = 3, Dhanya (Jupiter). Ashtottari: Ardra to Ashlesha belong to the Sun.
        var request = Pune();
        request.System = system;
        request.Depth = 1;

        var dasha = await InterceptedCall.UnaryAsync(Service.ComputeDasha, request);

        Assert.That(dasha.BirthLord, Is.EqualTo(new DashaLord { Name = lord, Planet = planet }));
        Assert.That(dasha.Periods[0].Lord.Name, Is.EqualTo(lord));
        Assert.That(dasha.Settings.System, Is.EqualTo(system));
    }

    [Test]
    public void More_than_10000_periods_are_refused_naming_depth_and_pointing_to_the_stream()
    {
        var request = Pune();
        request.Depth = 6;

        var error = Assert.ThrowsAsync<RpcException>(() => InterceptedCall.UnaryAsync(Service.ComputeDasha, request))!;

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.Violations(), Is.EqualTo(new[]
        {
            ("depth",
                "the request covers more than 10000 periods; lower depth, narrow fromDate/toDate, or use StreamDasha " +
                "(POST /v1/dasha:stream)"),
        }));
    }

    [Test]
    public async Task StreamDasha_writes_the_periods_the_unary_call_answers()
    {
        var request = Pune();
        request.Depth = 3;
        request.FromDate = "1995-01-01";
        request.ToDate = "1996-01-01";

        var stream = new TestStreamWriter<DashaPeriod>();
        await InterceptedCall.StreamAsync(Service.StreamDasha, request, stream);
        var streamed = stream.Messages;
        var unary = await InterceptedCall.UnaryAsync(Service.ComputeDasha, request);

        Assert.That(streamed, Is.Not.Empty);
        Assert.That(streamed, Is.EqualTo(unary.Periods));
        var from = new DateTime(1995, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var to = new DateTime(1996, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.That(
            streamed.Select(p => p.End.ToDateTime() > from && p.Start.ToDateTime() < to), Is.All.True, "every period overlaps the window");
    }

    [Test]
    public void StreamDasha_refuses_a_bad_request_before_writing_anything()
    {
        var request = Pune();
        request.ClearLongitude();
        var stream = new TestStreamWriter<DashaPeriod>();

        var error = Assert.ThrowsAsync<RpcException>(() => InterceptedCall.StreamAsync(Service.StreamDasha, request, stream))!;

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.ViolatedFields(), Is.EqualTo(new[] { "longitude" }));
        Assert.That(stream.Messages, Is.Empty);
    }

    private static DashaRequest Pune() => new()
    {
        Datetime = "1991-03-25T09:46:00", Tz = "Asia/Kolkata", Latitude = 18.5204, Longitude = 73.8567,
    };
}
