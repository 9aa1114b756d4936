namespace Jyotishika.Engine.Tests;

/// <summary>
/// The chart validator's typed problems (which part, which rule, which limits), the validated marker it hands out, and
/// the engine entry points that take plain input still refusing what the validator refuses.
/// </summary>
[TestFixture]
public sealed class InputValidationTests
{
    private static readonly ChartInput Valid =
        new(new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc), 18.52, 73.86, ChartSettings.Default);

    [Test]
    public void A_valid_input_has_no_problems_and_comes_back_validated()
    {
        var problems = ChartInputValidator.Validate(Valid, out var validated);

        Assert.Multiple(() =>
        {
            Assert.That(problems, Is.Empty);
            // The shared empty list: validating a good input allocates no list.
            Assert.That(problems, Is.SameAs(ChartInputValidator.Validate(Valid with { Latitude = 0 }, out _)));
            Assert.That(validated.Value, Is.SameAs(Valid));
        });
    }

    [Test]
    public void Every_problem_is_reported_at_once_with_its_limits()
    {
        var input = Valid with
        {
            Latitude = 91,
            Longitude = double.NaN,
            Settings = new ChartSettings { Ayanamsha = Ayanamsha.UserDefined, UserAyanamsha = new UserAyanamsha(-5, 400) },
            Path = (CalculationPath)9,
        };

        var problems = ChartInputValidator.Validate(input, out var validated);

        Assert.That(problems, Is.EqualTo(new[]
        {
            new InputProblem(InputPart.Latitude, ProblemKind.OutOfRange) { Limits = new ValueLimits(-90, 90) },
            new InputProblem(InputPart.Longitude, ProblemKind.OutOfRange) { Limits = new ValueLimits(-180, 180) },
            new InputProblem(InputPart.UserAyanamshaReferenceJulianDay, ProblemKind.OutOfRange) { Limits = new ValueLimits(0, 5_000_000) },
            new InputProblem(InputPart.UserAyanamshaDegreesAtReference, ProblemKind.OutOfRange) { Limits = new ValueLimits(-360, 360) },
            new InputProblem(InputPart.CalculationPath, ProblemKind.Unsupported),
        }));
        Assert.Throws<InvalidOperationException>(() => _ = validated.Value, "a refused input is never marked valid");
    }

    [Test]
    public void Missing_settings_are_one_problem_not_one_per_setting() =>
        Assert.That(
            ChartInputValidator.Validate(Valid with { Settings = null! }, out _),
            Is.EqualTo(new[] { new InputProblem(InputPart.Settings, ProblemKind.Missing) }));

    [Test]
    public void Validated_throws_the_problems_of_a_bad_input()
    {
        var refused = Assert.Throws<InvalidInputException>(() => ChartInputValidator.Validated(Valid with { Longitude = 181 }))!;

        Assert.That(refused.Problems.Select(p => (p.Part, p.Kind)), Is.EqualTo(new[] { (InputPart.Longitude, ProblemKind.OutOfRange) }));
    }

    [Test]
    public void The_engine_refuses_a_marker_that_no_validator_made()
    {
        Assert.Throws<InvalidOperationException>(() => EnginePool.Engine.ComputeAsync(default(Validated<ChartInput>)));
        Assert.Throws<InvalidOperationException>(() => EnginePool.Engine.TryCompute(default(Validated<ChartInput>), out _));
    }

    [Test]
    public async Task A_validated_input_computes_the_same_chart_as_the_plain_one()
    {
        var plain = await EnginePool.Engine.ComputeAsync(Valid).ConfigureAwait(false);
        var validated = await EnginePool.Engine.ComputeAsync(ChartInputValidator.Validated(Valid)).ConfigureAwait(false);

        Assert.That(validated.Grahas, Is.EqualTo(plain.Grahas));
    }

    [Test]
    public async Task A_batch_refuses_a_bad_item_with_its_problems_and_computes_the_rest()
    {
        var outcomes = new ChartOutcome[2];
        var batch = new ChartBatch(EnginePool.Engine);

        await batch.ComputeAsync([Valid with { Latitude = 90 }, Valid], (item, outcome) => outcomes[item] = outcome).ConfigureAwait(false);

        Assert.Multiple(() =>
        {
            Assert.That(outcomes[0].Problems!.Select(p => p.Part), Is.EqualTo(new[] { InputPart.Latitude }));
            Assert.That(outcomes[0].Chart, Is.Null);
            Assert.That(outcomes[1].Chart, Is.Not.Null);
            Assert.That(outcomes[1].Problems, Is.Null);
        });
    }
}
