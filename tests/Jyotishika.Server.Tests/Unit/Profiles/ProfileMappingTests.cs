using Google.Protobuf.WellKnownTypes;
using Jyotishika.Server.Features.Profiles;
using Jyotishika.Server.Storage.Profiles;
using Jyotishika.Server.Tests.Infrastructure;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Tests.Unit.Profiles;

/// <summary>Stored rows to contract messages; the JSON columns hold protobuf JSON.</summary>
public sealed class ProfileMappingTests
{
    private static readonly Guid ProfileId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
    private static readonly Guid NoteId = Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7");
    private static readonly DateTime Created = new(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc);

    [Test]
    public void A_profile_row_becomes_a_profile_with_its_version_as_etag()
    {
        var birth = ProfileMapping.ToJson(ChartRequests.Pune1991());
        var row = new ProfileRecord(ProfileId, "Asha", "Pune", birth, 3, Created, Created.AddDays(1), null);

        var profile = ProfileMapping.ToContract(row);

        Assert.That(profile, Is.EqualTo(new Contract.Profile
        {
            Id = "0f8fad5b-d9cb-469f-a165-70867728950e",
            Name = "Asha",
            PlaceName = "Pune",
            Birth = ChartRequests.Pune1991(),
            Etag = "3",
            CreateTime = Timestamp.FromDateTime(Created),
            UpdateTime = Timestamp.FromDateTime(Created.AddDays(1)),
        }));
    }

    [Test]
    public void A_deleted_profile_says_when()
    {
        var row = new ProfileRecord(ProfileId, "Asha", string.Empty, "{}", 1, Created, Created, Created.AddDays(2));

        Assert.That(ProfileMapping.ToContract(row).DeleteTime, Is.EqualTo(Timestamp.FromDateTime(Created.AddDays(2))));
    }

    [Test]
    public void A_stored_birth_round_trips_and_ignores_fields_it_no_longer_knows()
    {
        var json = ProfileMapping.ToJson(ChartRequests.Pune1991());

        Assert.That(ProfileMapping.Birth(json), Is.EqualTo(ChartRequests.Pune1991()));
        Assert.That(json, Does.Contain("\"houseSystem\": \"HOUSE_SYSTEM_WHOLE_SIGN\""), "protobuf JSON, enum names in full");
        var withRetiredField = ProfileMapping.Birth("""{"datetime":"1991-03-25T09:46:00","horoscope":"retired field"}""");
        Assert.That(withRetiredField.Datetime, Is.EqualTo("1991-03-25T09:46:00"));
    }

    [Test]
    public void A_saved_chart_carries_its_engine_version_and_time()
    {
        var chart = new Contract.ChartResponse { Ascendant = new Contract.ChartPoint { Longitude = 35.46, Sign = "Taurus" } };
        var row = new SavedChartRecord(ProfileId, ProfileMapping.ToJson(chart), "engine-1", 3, Created);

        var saved = ProfileMapping.ToContract(row);

        Assert.That(saved, Is.EqualTo(new Contract.SavedChart
        {
            ProfileId = "0f8fad5b-d9cb-469f-a165-70867728950e",
            Chart = chart,
            ComputeTime = Timestamp.FromDateTime(Created),
            EngineVersion = "engine-1",
        }));
    }

    [Test]
    public void A_note_row_becomes_a_note()
    {
        var row = new NoteRecord(NoteId, ProfileId, "Transit", "Saturn in Pisces", 2, Created, Created.AddHours(1));

        Assert.That(ProfileMapping.ToContract(row), Is.EqualTo(new Contract.Note
        {
            Id = "7c9e6679-7425-40de-944b-e07fc1f90ae7",
            ProfileId = "0f8fad5b-d9cb-469f-a165-70867728950e",
            Title = "Transit",
            Body = "Saturn in Pisces",
            Etag = "2",
            CreateTime = Timestamp.FromDateTime(Created),
            UpdateTime = Timestamp.FromDateTime(Created.AddHours(1)),
        }));
    }

    [Test]
    public void Times_read_back_from_the_database_unmarked_are_UTC()
    {
        var unmarked = new DateTime(2025, 1, 2, 3, 4, 5, DateTimeKind.Unspecified);

        Assert.That(ProfileMapping.Time(unmarked), Is.EqualTo(Timestamp.FromDateTime(Created)));
    }

    [TestCase("1", true, 1)]
    [TestCase("2147483647", true, int.MaxValue)]
    [TestCase("0", false, 0)]
    [TestCase("", false, 0)]
    [TestCase("1.0", false, 0)]
    [TestCase("2147483648", false, 0)]
    public void An_etag_is_a_positive_whole_number(string etag, bool valid, int version)
    {
        Assert.That(ProfileMapping.TryParseEtag(etag, out var parsed), Is.EqualTo(valid));
        if (valid)
        {
            Assert.That(parsed, Is.EqualTo(version));
            Assert.That(ProfileMapping.Etag(parsed), Is.EqualTo(etag));
        }
    }
}
