using Jyotishika.Engine.Ephemeris;

namespace Jyotishika.Engine.Tests.Ephemeris;

/// <summary>Queries the engine cannot serve are refused before any work, naming the part and the rule.</summary>
public sealed class EphemerisValidationTests
{
    private static readonly DateTime Start = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static IEnumerable<TestCaseData> BadPositions()
    {
        var valid = new PositionsQuery(Start, Start.AddDays(1), 3600, [Graha.Moon], ChartSettings.Default);
        yield return new TestCaseData(
            valid with { Start = new DateTime(1799, 12, 31, 0, 0, 0, DateTimeKind.Utc) }, InputPart.Start, ProblemKind.OutsideEphemeris);
        yield return new TestCaseData(
            valid with { End = new DateTime(2400, 1, 1, 0, 0, 0, DateTimeKind.Utc) }, InputPart.End, ProblemKind.OutsideEphemeris);
        yield return new TestCaseData(valid with { End = Start }, InputPart.End, ProblemKind.NotAfterStart);
        yield return new TestCaseData(valid with { End = Start.AddHours(-1) }, InputPart.End, ProblemKind.NotAfterStart);
        yield return new TestCaseData(valid with { StepSeconds = 0 }, InputPart.Step, ProblemKind.OutOfRange);
        yield return new TestCaseData(valid with { End = Start.AddDays(12), StepSeconds = 1 }, InputPart.Step, ProblemKind.TooMany);
        yield return new TestCaseData(valid with { Bodies = [(Graha)99] }, InputPart.Bodies, ProblemKind.Unsupported);
        yield return new TestCaseData(
            valid with { Settings = new ChartSettings { Ayanamsha = Ayanamsha.UserDefined } },
            InputPart.UserAyanamsha,
            ProblemKind.Missing);
        yield return new TestCaseData(
            valid with { Settings = new ChartSettings { Ayanamsha = (Ayanamsha)500 } }, InputPart.Ayanamsha, ProblemKind.Unsupported);
        yield return new TestCaseData(valid with { Path = (CalculationPath)7 }, InputPart.CalculationPath, ProblemKind.Unsupported);
    }

    public static IEnumerable<TestCaseData> BadEvents()
    {
        var valid = new EventsQuery(Start, Start.AddDays(1), [Graha.Moon], [], ChartSettings.Default);
        yield return new TestCaseData(valid with { End = Start.AddYears(200).AddDays(1) }, InputPart.End, ProblemKind.TooLong);
        yield return new TestCaseData(
            valid with { Start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Local) }, InputPart.Start, ProblemKind.NotUtc);
        yield return new TestCaseData(valid with { Kinds = [(EventKind)0] }, InputPart.EventKinds, ProblemKind.Unsupported);
        yield return new TestCaseData(
            valid with { Settings = new ChartSettings { NodeType = (NodeType)9 } }, InputPart.NodeType, ProblemKind.Unsupported);
    }

    [TestCaseSource(nameof(BadPositions))]
    public void A_bad_positions_query_is_refused_at_once_naming_the_problem(PositionsQuery query, InputPart part, ProblemKind kind)
    {
        var error = Assert.Throws<InvalidInputException>(() => EphemerisTestPool.Engine.StreamPositionsAsync(query))!;

        Assert.That(error.Problems.Select(p => (p.Part, p.Kind)), Does.Contain((part, kind)));
    }

    [TestCaseSource(nameof(BadEvents))]
    public void A_bad_events_query_is_refused_at_once_naming_the_problem(EventsQuery query, InputPart part, ProblemKind kind)
    {
        var error = Assert.Throws<InvalidInputException>(() => EphemerisTestPool.Engine.SearchEventsAsync(query))!;

        Assert.That(error.Problems.Select(p => (p.Part, p.Kind)), Does.Contain((part, kind)));
    }

    [Test]
    public void Exactly_a_million_instants_is_allowed_and_one_more_is_not()
    {
        var million = new PositionsQuery(Start, Start.AddSeconds(999_999), 1, [Graha.Sun], ChartSettings.Default);

        Assert.That(EphemerisQueryValidator.Validate(million, out _), Is.Empty);
        var oneMore = million with { End = million.End.AddSeconds(1) };
        Assert.That(EphemerisQueryValidator.Validate(oneMore, out _), Is.EqualTo(new[]
        {
            new InputProblem(InputPart.Step, ProblemKind.TooMany) { Limits = new ValueLimits(1, 1_000_000), Found = 1_000_001 },
        }));
    }

    [Test]
    public void Positions_may_span_more_than_two_hundred_years_at_a_coarse_step()
    {
        var query = new PositionsQuery(
            new DateTime(1800, 1, 2, 0, 0, 0, DateTimeKind.Utc), new DateTime(2399, 12, 31, 0, 0, 0, DateTimeKind.Utc), 86_400, [Graha.Sun],
            ChartSettings.Default);

        Assert.That(EphemerisQueryValidator.Validate(query, out _), Is.Empty);
    }
}
