using Jyotishika.Engine.Ephemeris;

namespace Jyotishika.Engine.Tests.Ephemeris;

/// <summary>Queries the engine cannot serve are refused before any work, naming the request field.</summary>
public sealed class EphemerisValidationTests
{
    private static readonly DateTime Start = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static IEnumerable<TestCaseData> BadPositions()
    {
        var valid = new PositionsQuery(Start, Start.AddDays(1), 3600, [Graha.Moon], ChartSettings.Default);
        yield return new TestCaseData(valid with { Start = new DateTime(1799, 12, 31, 0, 0, 0, DateTimeKind.Utc) }, "start");
        yield return new TestCaseData(valid with { End = new DateTime(2400, 1, 1, 0, 0, 0, DateTimeKind.Utc) }, "end");
        yield return new TestCaseData(valid with { End = Start }, "end");
        yield return new TestCaseData(valid with { End = Start.AddHours(-1) }, "end");
        yield return new TestCaseData(valid with { StepSeconds = 0 }, "stepSeconds");
        yield return new TestCaseData(valid with { End = Start.AddDays(12), StepSeconds = 1 }, "stepSeconds");
        yield return new TestCaseData(valid with { Bodies = [(Graha)99] }, "bodies");
        yield return new TestCaseData(
            valid with { Settings = new ChartSettings { Ayanamsha = Ayanamsha.UserDefined } }, "settings.userAyanamsha");
        yield return new TestCaseData(valid with { Settings = new ChartSettings { Ayanamsha = (Ayanamsha)500 } }, "settings.ayanamsha");
        yield return new TestCaseData(valid with { Path = (CalculationPath)7 }, "settings.calculationPath");
    }

    public static IEnumerable<TestCaseData> BadEvents()
    {
        var valid = new EventsQuery(Start, Start.AddDays(1), [Graha.Moon], [], ChartSettings.Default);
        yield return new TestCaseData(valid with { End = Start.AddYears(200).AddDays(1) }, "end");
        yield return new TestCaseData(valid with { Start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Local) }, "start");
        yield return new TestCaseData(valid with { Kinds = [(EventKind)0] }, "kinds");
        yield return new TestCaseData(valid with { Settings = new ChartSettings { NodeType = (NodeType)9 } }, "settings.nodeType");
    }

    [TestCaseSource(nameof(BadPositions))]
    public void A_bad_positions_query_is_refused_at_once_naming_the_field(PositionsQuery query, string field)
    {
        var error = Assert.Throws<InvalidInputException>(() => EphemerisTestPool.Engine.StreamPositionsAsync(query))!;

        Assert.That(error.Violations.Select(v => v.Field), Does.Contain(field));
    }

    [TestCaseSource(nameof(BadEvents))]
    public void A_bad_events_query_is_refused_at_once_naming_the_field(EventsQuery query, string field)
    {
        var error = Assert.Throws<InvalidInputException>(() => EphemerisTestPool.Engine.SearchEventsAsync(query))!;

        Assert.That(error.Violations.Select(v => v.Field), Does.Contain(field));
    }

    [Test]
    public void Exactly_a_million_instants_is_allowed_and_one_more_is_not()
    {
        var million = new PositionsQuery(Start, Start.AddSeconds(999_999), 1, [Graha.Sun], ChartSettings.Default);

        Assert.That(EphemerisQueryValidator.Validate(million), Is.Empty);
        var oneMore = million with { End = million.End.AddSeconds(1) };
        Assert.That(EphemerisQueryValidator.Validate(oneMore).Single().Field, Is.EqualTo("stepSeconds"));
    }

    [Test]
    public void Positions_may_span_more_than_two_hundred_years_at_a_coarse_step()
    {
        var query = new PositionsQuery(
            new DateTime(1800, 1, 2, 0, 0, 0, DateTimeKind.Utc), new DateTime(2399, 12, 31, 0, 0, 0, DateTimeKind.Utc), 86_400, [Graha.Sun],
            ChartSettings.Default);

        Assert.That(EphemerisQueryValidator.Validate(query), Is.Empty);
    }
}
