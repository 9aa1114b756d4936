using System.Globalization;
using Grpc.Core;
using Jyotishika.Server.Features.Ephemeris;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests.Unit.Ephemeris;

/// <summary>
/// EphemerisService's two streams in process, through the error and stream-guard interceptors. Expectations are
/// published facts: the Moon moves 11.8°–15.4° a day and the Sun about 1.02° in January; Makar Sankranti 2024 (the Sun
/// entering sidereal Capricorn) fell in the early hours of 15 January IST; Mercury stood still to turn retrograde on
/// 1 April 2024 at 22:14 UTC and direct again on 25 April at 12:54 UTC.
/// </summary>
public sealed class EphemerisGrpcServiceTests
{
    private static EphemerisGrpcService Service => InProcessServices.Create<EphemerisGrpcService>();

    [Test]
    public async Task Positions_stream_one_message_per_step_with_the_end_included()
    {
        var request = new PositionsRequest
        {
            Start = "2024-01-01T00:00:00Z", End = "2024-01-01T06:00:00Z", StepSeconds = 3600, Bodies = { Planet.Moon, Planet.Sun },
        };
        var stream = new TestStreamWriter<PositionsAtInstant>();

        await InterceptedCall.StreamAsync(Service.StreamPositions, request, stream);

        Assert.That(stream.Messages.Select(m => m.Instant), Is.EqualTo(Enumerable.Range(0, 7).Select(h => $"2024-01-01T{h:00}:00:00Z")));
        Assert.That(stream.Messages.Select(m => m.Positions.Select(p => p.Body)), Is.All.EqualTo(new[] { Planet.Moon, Planet.Sun }));
        Assert.That(stream.Messages.Select(m => m.Positions[0].Speed), Is.All.InRange(11.8, 15.4));
        Assert.That(stream.Messages.Select(m => m.Positions[1].Speed), Is.All.InRange(1.01, 1.025));

        // On 1 January the tropical Sun is near 280°; less Lahiri's 24.2° it is in sidereal Sagittarius, the 9th sign.
        Assert.That(stream.Messages.Select(m => m.Positions[1].SignIndex), Is.All.EqualTo(9));
        Assert.That(stream.Messages[1].JulianDayUt - stream.Messages[0].JulianDayUt, Is.EqualTo(1.0 / 24).Within(1e-9));
    }

    [Test]
    public async Task Without_bodies_the_nine_grahas_are_streamed_in_order()
    {
        var request = new PositionsRequest { Start = "2024-01-01T00:00:00Z", End = "2024-01-01T00:01:00Z", StepSeconds = 60 };
        var stream = new TestStreamWriter<PositionsAtInstant>();

        await InterceptedCall.StreamAsync(Service.StreamPositions, request, stream);

        Assert.That(stream.Messages, Has.Count.EqualTo(2));
        Assert.That(stream.Messages[0].Positions.Select(p => p.Body), Is.EqualTo(new[]
        {
            Planet.Sun, Planet.Moon, Planet.Mars, Planet.Mercury, Planet.Jupiter, Planet.Venus, Planet.Saturn, Planet.Rahu, Planet.Ketu,
        }));
    }

    [Test]
    public async Task The_Sun_enters_sidereal_Capricorn_on_Makar_Sankranti()
    {
        var request = new EventsRequest
        {
            Start = "2024-01-01T00:00:00Z", End = "2024-04-01T00:00:00Z", Bodies = { Planet.Sun }, Kinds = { EventKind.SignIngress },
        };
        var stream = new TestStreamWriter<CelestialEvent>();

        await InterceptedCall.StreamAsync(Service.SearchEvents, request, stream);

        Assert.That(stream.Messages.Select(e => e.Sign), Is.EqualTo(new[] { "Capricorn", "Aquarius", "Pisces" }));
        var sankranti = stream.Messages[0];
        Assert.That((sankranti.Kind, sankranti.Body, sankranti.SignIndex), Is.EqualTo((EventKind.SignIngress, Planet.Sun, 10)));
        Assert.That(sankranti.Longitude, Is.EqualTo(270).Within(1e-6));
        Assert.That(Utc(sankranti.Instant), Is.InRange(
            new DateTime(2024, 1, 14, 20, 30, 0, DateTimeKind.Utc), new DateTime(2024, 1, 14, 22, 0, 0, DateTimeKind.Utc)));
    }

    [Test]
    public async Task Mercurys_April_2024_retrograde_is_found_with_its_end()
    {
        var request = new EventsRequest
        {
            Start = "2024-03-01T00:00:00Z", End = "2024-05-01T00:00:00Z", Bodies = { Planet.Mercury },
            Kinds = { EventKind.StationRetrograde, EventKind.StationDirect },
        };
        var stream = new TestStreamWriter<CelestialEvent>();

        await InterceptedCall.StreamAsync(Service.SearchEvents, request, stream);

        Assert.That(stream.Messages.Select(e => e.Kind), Is.EqualTo(new[] { EventKind.StationRetrograde, EventKind.StationDirect }));
        var retrograde = stream.Messages[0];
        Assert.That(retrograde.Retrograde, Is.True);
        var margin = TimeSpan.FromMinutes(30);
        Assert.That(Utc(retrograde.Instant), Is.EqualTo(new DateTime(2024, 4, 1, 22, 14, 0, DateTimeKind.Utc)).Within(margin));
        Assert.That(Utc(retrograde.RetrogradeUntil), Is.EqualTo(new DateTime(2024, 4, 25, 12, 54, 0, DateTimeKind.Utc)).Within(margin));
        Assert.That(retrograde.RetrogradeUntil, Is.EqualTo(stream.Messages[1].Instant));
    }

    [Test]
    public void A_refused_stream_writes_nothing()
    {
        var request = new PositionsRequest { Start = "2024-01-01T00:00:00Z", End = "2024-01-02T00:00:00Z" };
        var stream = new TestStreamWriter<PositionsAtInstant>();

        var error = Assert.ThrowsAsync<RpcException>(() => InterceptedCall.StreamAsync(Service.StreamPositions, request, stream))!;

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.Violations(), Is.EqualTo(new[] { ("stepSeconds", "must be at least 1") }));
        Assert.That(stream.Messages, Is.Empty);
    }

    [Test]
    public void A_client_that_goes_away_midway_ends_the_stream_as_CANCELLED()
    {
        using var client = new CancellationTokenSource();
        var request = new PositionsRequest { Start = "2024-01-01T00:00:00Z", End = "2024-01-02T00:00:00Z", StepSeconds = 60 };
        var stream = new TestStreamWriter<PositionsAtInstant>(written => client.Cancel());
        var context = TestServerCallContext.Create(cancellationToken: client.Token);

        var error = Assert.ThrowsAsync<RpcException>(() => InterceptedCall.StreamAsync(Service.StreamPositions, request, stream, context))!;

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.Cancelled));
        Assert.That(stream.Messages, Has.Count.LessThan(1441), "the day holds 1,441 minutes; the stream stopped long before");
    }

    private static DateTime Utc(string instant) =>
        DateTime.Parse(instant, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
}
