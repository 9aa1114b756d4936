using Jyotishika.Server.Platform.Requests;
using Jyotishika.Engine;
using Jyotishika.Engine.Dasha;
using Jyotishika.Server.Features.Dashas;
using Jyotishika.Server.Tests.Infrastructure;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Tests.Unit.Dashas;

/// <summary>A dasha request to a dasha query: the birth read exactly as a chart request, the dasha options defaulted or refused.</summary>
public sealed class DashaRequestMapperTests
{
    private static readonly DateTime BirthUtc = new(1991, 3, 25, 4, 16, 0, DateTimeKind.Utc);

    private static DashaRequestMapper Mapper => InProcessServices.Get<DashaRequestMapper>();

    [Test]
    public void Unset_options_are_Vimshottari_Julian_years_depth_2_over_the_120_years_from_birth()
    {
        var query = Mapper.Map(Pune());

        Assert.That(query.System, Is.EqualTo(DashaSystem.Vimshottari));
        Assert.That(query.YearLength, Is.EqualTo(DashaYearLength.Julian));
        Assert.That(query.Depth, Is.EqualTo(2));
        Assert.That(query.From, Is.EqualTo(BirthUtc));
        Assert.That(query.To, Is.Null);
        Assert.That(query.End(365.25), Is.EqualTo(BirthUtc.AddDays(120 * 365.25)));
        Assert.That(query.At, Is.Null);
    }

    [Test]
    public void The_birth_is_read_as_a_chart_request_reads_it()
    {
        var request = Pune();
        request.HouseSystem = Contract.HouseSystem.Placidus;
        request.Ayanamsha = Contract.Ayanamsha.Raman;
        request.NodeType = Contract.NodeType.True;

        var query = Mapper.Map(request);

        // Asia/Kolkata is UTC+05:30.
        Assert.That(query.Birth.Value.UtcInstant, Is.EqualTo(BirthUtc));
        Assert.That(query.Time.TimeZoneId, Is.EqualTo("Asia/Kolkata"));
        Assert.That((query.Birth.Value.Latitude, query.Birth.Value.Longitude), Is.EqualTo((18.5204, 73.8567)));
        Assert.That(query.Birth.Value.Settings.HouseSystem, Is.EqualTo(HouseSystem.Placidus), "the older system's payload carries one");
        Assert.That(query.Birth.Value.Settings.Ayanamsha, Is.EqualTo(Ayanamsha.Raman));
        Assert.That(query.Birth.Value.Settings.NodeType, Is.EqualTo(NodeType.True));
    }

    [TestCase(Contract.DashaSystem.Vimshottari, DashaSystem.Vimshottari)]
    [TestCase(Contract.DashaSystem.Yogini, DashaSystem.Yogini)]
    [TestCase(Contract.DashaSystem.Ashtottari, DashaSystem.Ashtottari)]
    public void Each_dasha_system_maps_to_its_engine_system(Contract.DashaSystem system, DashaSystem expected)
    {
        var request = Pune();
        request.System = system;

        Assert.That(Mapper.Map(request).System, Is.EqualTo(expected));
    }

    [TestCase(Contract.DashaYearLength.Julian36525, 365.25)]
    [TestCase(Contract.DashaYearLength.MeanSidereal365256364, 365.256364)]
    [TestCase(Contract.DashaYearLength.Gregorian3652425, 365.2425)]
    [TestCase(Contract.DashaYearLength.Tropical36524219, 365.24219)]
    [TestCase(Contract.DashaYearLength.Savana360, 360)]
    public void Each_year_length_has_the_days_its_name_gives_and_sets_the_default_window(Contract.DashaYearLength length, double days)
    {
        var request = Pune();
        request.YearLength = length;

        var query = Mapper.Map(request);

        Assert.That(query.YearLength.Days(), Is.EqualTo(days));
        Assert.That((query.End(query.YearLength.Days()) - BirthUtc).TotalDays, Is.EqualTo(120 * days).Within(1e-6));
    }

    [Test]
    public void A_plain_date_is_midnight_UTC_and_an_instant_keeps_its_offset()
    {
        var request = Pune();
        request.FromDate = "2020-01-31";
        request.ToDate = "2020-02-01T12:00:00+05:30";
        request.AtDate = " 2020-01-31T18:00:00Z ";

        var query = Mapper.Map(request);

        Assert.That(query.From, Is.EqualTo(new DateTime(2020, 1, 31, 0, 0, 0, DateTimeKind.Utc)));
        Assert.That(query.To, Is.EqualTo(new DateTime(2020, 2, 1, 6, 30, 0, DateTimeKind.Utc)));
        Assert.That(query.At, Is.EqualTo(new DateTime(2020, 1, 31, 18, 0, 0, DateTimeKind.Utc)));
    }

    [TestCase("last year")]
    [TestCase("2020-01-31T12:00:00")]
    [TestCase("31/01/2020")]
    public void A_date_that_is_neither_a_date_nor_an_instant_with_offset_is_refused(string text)
    {
        var request = Pune();
        request.FromDate = text;

        Assert.That(Refusal(request), Is.EqualTo(new[]
        {
            new InvalidField("fromDate", "must be a date (2020-01-31) or an RFC 3339 instant with offset (2020-01-31T12:00:00Z)"),
        }));
    }

    [TestCase("2021-01-01", "2020-01-01")]
    [TestCase("2021-01-01", "2021-01-01")]
    public void A_window_that_does_not_move_forward_is_refused_naming_toDate(string from, string to)
    {
        var request = Pune();
        request.FromDate = from;
        request.ToDate = to;

        Assert.That(Refusal(request), Is.EqualTo(new[] { new InvalidField("toDate", "must be after fromDate") }));
    }

    [TestCase(7)]
    [TestCase(-1)]
    public void A_depth_outside_1_to_6_is_refused(int depth)
    {
        var request = Pune();
        request.Depth = depth;

        Assert.That(Refusal(request), Is.EqualTo(new[]
        {
            new InvalidField("depth", "must be from 1 (mahadasha) to 6 (deha); default 2"),
        }));
    }

    [Test]
    public void Unknown_system_and_year_length_numbers_are_refused()
    {
        var request = Pune();
        request.System = (Contract.DashaSystem)99;
        request.YearLength = (Contract.DashaYearLength)9;

        var refusal = Refusal(request);

        Assert.That(refusal.Select(field => field.Field), Is.EqualTo(new[] { "system", "yearLength" }));
        Assert.That(refusal[0].Description, Does.StartWith("must be one of VIMSHOTTARI, YOGINI, ASHTOTTARI"));
        Assert.That(refusal[1].Description, Is.EqualTo("is not a supported year length"));
    }

    [Test]
    public void Bad_birth_fields_and_bad_dasha_options_are_named_together()
    {
        var request = new Contract.DashaRequest { Datetime = "1991-03-25T09:46:00", Tz = "Asia/Kolkata", Depth = 9, ToDate = "soon" };

        Assert.That(Refusal(request).Select(v => v.Field), Is.EqualTo(new[] { "latitude", "longitude", "depth", "toDate" }));
    }

    private static Contract.DashaRequest Pune() => new()
    {
        Datetime = "1991-03-25T09:46:00", Tz = "Asia/Kolkata", Latitude = 18.5204, Longitude = 73.8567,
    };

    private static IReadOnlyList<InvalidField> Refusal(Contract.DashaRequest request) =>
        Assert.Throws<InvalidRequestException>(() => Mapper.Map(request))!.Violations;
}
