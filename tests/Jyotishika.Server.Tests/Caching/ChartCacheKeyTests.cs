using Jyotishika.Engine;
using Jyotishika.Engine.Places;
using Jyotishika.Engine.Time;
using Jyotishika.Server.Storage.Caching;

namespace Jyotishika.Server.Tests.Caching;

/// <summary>
/// The chart cache key as a function of the engine's input: equal inputs share a key, and each field an answer depends on
/// or echoes gives another. No server and no Redis (<see cref="ChartCacheTests"/> covers the key in use).
/// </summary>
public sealed class ChartCacheKeyTests
{
    private static readonly DateTime Instant = new(1991, 3, 25, 4, 16, 0, DateTimeKind.Utc);

    private static readonly Place Pune = new(1259229, "Pune", "Maharashtra", "IN", "India", 18.5196, 73.8553, "Asia/Kolkata", 3124458);

    private static readonly ChartCacheKey Keys = new("Swiss Ephemeris (test)");

    private static readonly int[] Vargas = [9, 10];

    [Test]
    public void Equal_inputs_built_apart_share_a_key()
    {
        Assert.That(Keys.For(Input(), Time(), [9, 10]), Is.EqualTo(Keys.For(Input(), Time(), Vargas)));
    }

    [Test]
    public void A_key_is_the_prefix_and_a_lowercase_hex_sha256()
    {
        var key = Keys.For(Input(), Time(), Vargas);

        Assert.That(key, Does.StartWith(ChartCacheKey.Prefix));
        Assert.That(key[ChartCacheKey.Prefix.Length..], Does.Match("^[0-9a-f]{64}$"));
    }

    [TestCaseSource(nameof(InputChanges))]
    public void Each_input_field_changes_the_key(Func<ChartInput, ChartInput> change)
    {
        Assert.That(Keys.For(change(Input()), Time(), Vargas), Is.Not.EqualTo(Keys.For(Input(), Time(), Vargas)));
    }

    [TestCaseSource(nameof(TimeChanges))]
    public void Each_echoed_birth_time_field_changes_the_key(Func<ResolvedBirthTime, ResolvedBirthTime> change)
    {
        Assert.That(Keys.For(Input(), change(Time()), Vargas), Is.Not.EqualTo(Keys.For(Input(), Time(), Vargas)));
    }

    [TestCase(new[] { 9, 12 }, TestName = "Other vargas")]
    [TestCase(new[] { 10, 9 }, TestName = "The same vargas in another order")]
    [TestCase(new[] { 9 }, TestName = "Fewer vargas")]
    [TestCase(new[] { 9, 10, 10 }, TestName = "A varga twice")]
    [TestCase(new int[0], TestName = "No vargas")]
    public void The_varga_list_changes_the_key(int[] vargas)
    {
        Assert.That(Keys.For(Input(), Time(), vargas), Is.Not.EqualTo(Keys.For(Input(), Time(), Vargas)));
    }

    [Test]
    public void Auto_and_the_default_path_share_a_key()
    {
        var auto = Input() with { Path = CalculationPath.Auto };

        Assert.That(Keys.For(auto, Time(), Vargas), Is.EqualTo(Keys.For(Input(), Time(), Vargas)));
    }

    [Test]
    public void A_user_ayanamsha_present_or_absent_and_each_of_its_values_change_the_key()
    {
        var user = new UserAyanamsha(2_451_545.0, 23.85);
        var keys = new[]
        {
            UserDefined(null),
            UserDefined(user),
            UserDefined(user with { ReferenceJulianDay = 2_451_546.0 }),
            UserDefined(user with { DegreesAtReference = 23.86 }),
        };

        Assert.That(keys, Is.Unique);
    }

    [Test]
    public void A_user_ayanamsha_beside_a_predefined_one_is_ignored_as_the_engine_ignores_it()
    {
        var ignored = Input() with { Settings = new ChartSettings { UserAyanamsha = new UserAyanamsha(2_451_545.0, 23.85) } };

        Assert.That(Keys.For(ignored, Time(), Vargas), Is.EqualTo(Keys.For(Input(), Time(), Vargas)));
    }

    [Test]
    public void No_zone_and_an_empty_zone_share_a_key_as_the_answer_shows_both_empty()
    {
        var offset = Time() with { TimeZoneId = null, Inference = null };
        var empty = offset with { TimeZoneId = string.Empty };

        Assert.That(Keys.For(Input(), empty, Vargas), Is.EqualTo(Keys.For(Input(), offset, Vargas)));
    }

    [Test]
    public void Another_ephemeris_changes_the_key_but_not_the_form_of_the_version()
    {
        var other = new ChartCacheKey("Moshier");

        Assert.That(other.For(Input(), Time(), Vargas), Is.Not.EqualTo(Keys.For(Input(), Time(), Vargas)));
        // Saved charts store the version and profile answers echo it: a new key layout must not change its text.
        Assert.That(other.Version, Does.StartWith("jyotishika-chart-cache/1; Moshier; engine "));
    }

    private static IEnumerable<TestCaseData> InputChanges()
    {
        yield return Change<ChartInput>(
            "House system", input => input with { Settings = input.Settings with { HouseSystem = HouseSystem.Placidus } });
        yield return Change<ChartInput>(
            "Ayanamsha", input => input with { Settings = input.Settings with { Ayanamsha = Ayanamsha.Raman } });
        yield return Change<ChartInput>("Node type", input => input with { Settings = input.Settings with { NodeType = NodeType.True } });
        yield return Change<ChartInput>(
            "Position type", input => input with { Settings = input.Settings with { PositionType = PositionType.Geometric } });
        yield return Change<ChartInput>(
            "Outer planets", input => input with { Settings = input.Settings with { IncludeOuterPlanets = true } });
        yield return Change<ChartInput>("Latitude", input => input with { Latitude = input.Latitude + 1e-9 });
        yield return Change<ChartInput>("Longitude", input => input with { Longitude = input.Longitude + 1e-9 });
        yield return Change<ChartInput>("Engine instant", input => input with { UtcInstant = input.UtcInstant.AddTicks(1) });
        yield return Change<ChartInput>("Native path", input => input with { Path = CalculationPath.Native });
    }

    private static IEnumerable<TestCaseData> TimeChanges()
    {
        yield return Change<ResolvedBirthTime>("Echoed instant", time => time with { Utc = time.Utc.AddSeconds(1) });
        yield return Change<ResolvedBirthTime>("Offset", time => time with { UtcOffsetSeconds = time.UtcOffsetSeconds + 1 });
        yield return Change<ResolvedBirthTime>("Zone", time => time with { TimeZoneId = "Asia/Calcutta" });
        yield return Change<ResolvedBirthTime>("Source", time => time with { Source = TimeSource.GivenTimeZone });
        yield return Change<ResolvedBirthTime>("Ambiguous", time => time with { Ambiguous = true });
        yield return Change<ResolvedBirthTime>("Local time spelling", time => time with { LocalDateTime = "1991-03-25T09:46" });
        yield return Change<ResolvedBirthTime>("Fold given", time => time with { FoldUsed = Fold.Earlier });
        yield return Change<ResolvedBirthTime>("Fold value", time => time with { FoldUsed = Fold.Later });
        yield return Change<ResolvedBirthTime>("Shifted from gap", time => time with { ShiftedFromGap = true });
        yield return Change<ResolvedBirthTime>("No nearest place", time => time with { Inference = null });
        yield return Change<ResolvedBirthTime>("Nearest place name", time => Near(time, Pune with { Name = "Poona" }, 0.1));
        yield return Change<ResolvedBirthTime>("Nearest place region", time => Near(time, Pune with { Region = "16" }, 0.1));
        yield return Change<ResolvedBirthTime>("Nearest place country", time => Near(time, Pune with { CountryCode = "NP" }, 0.1));
        yield return Change<ResolvedBirthTime>("Nearest place distance", time => Near(time, Pune, 0.2));
    }

    private static TestCaseData Change<T>(string name, Func<T, T> change) => new TestCaseData(change).SetArgDisplayNames(name);

    private static ResolvedBirthTime Near(ResolvedBirthTime time, Place place, double distanceKm) =>
        time with { Inference = new ZoneInference(place.TimeZone, new NearestPlace(place, distanceKm)) };

    private static string UserDefined(UserAyanamsha? user) =>
        Keys.For(Input() with { Settings = new ChartSettings { Ayanamsha = Ayanamsha.UserDefined, UserAyanamsha = user } }, Time(), Vargas);

    private static ChartInput Input() => new(Instant, 18.5204, 73.8567, new ChartSettings());

    /// <summary>Pune's 09:46 IST, the zone inferred from the coordinates.</summary>
    private static ResolvedBirthTime Time() =>
        Near(new ResolvedBirthTime(Instant, 19_800, "Asia/Kolkata", TimeSource.Inferred, false, "1991-03-25T09:46:00"), Pune, 0.1);
}
