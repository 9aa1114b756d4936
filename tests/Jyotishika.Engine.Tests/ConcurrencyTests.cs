using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Tests;

/// <summary>
/// The library's state (sidereal mode, position caches) lives per thread; charts computed concurrently with different
/// settings must come out exactly as when computed alone. Instants repeat across the batch with different settings so
/// that the library's caches, keyed by date, are exercised too.
/// </summary>
[TestFixture]
public sealed class ConcurrencyTests
{
    private const int ChartCount = 2000;
    private const int DistinctInstants = 250;

    private EphemerisPool singleThreadPool = null!;
    private EphemerisPool sharedPool = null!;
    private List<ChartInput> inputs = null!;
    private Chart[] oneByOne = null!;

    [OneTimeSetUp]
    public async Task ComputeOneByOneAsync()
    {
        singleThreadPool = new EphemerisPool(new EphemerisPoolOptions { ThreadCount = 1 });
        sharedPool = new EphemerisPool(new EphemerisPoolOptions { ThreadCount = 4, QueueCapacity = 32 });
        inputs = MixedInputs();

        var engine = new ChartEngine(singleThreadPool);
        oneByOne = new Chart[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            oneByOne[i] = await engine.ComputeAsync(inputs[i]).ConfigureAwait(false);
        }
    }

    [OneTimeTearDown]
    public void DisposePools()
    {
        singleThreadPool?.Dispose();
        sharedPool?.Dispose();
    }

    [Test]
    public void Batch_mixes_every_setting()
    {
        Assert.Multiple(() =>
        {
            Assert.That(inputs, Has.Count.EqualTo(ChartCount));
            Assert.That(inputs.Select(i => i.Settings.Ayanamsha).Distinct().Count(), Is.EqualTo(ChartCases.AllAyanamshas.Count));
            Assert.That(inputs.Select(i => i.Settings.HouseSystem).Distinct().Count(), Is.EqualTo(ChartCases.AllHouseSystems.Count));
            Assert.That(inputs.Select(i => (i.Settings.NodeType, i.Settings.PositionType)).Distinct().Count(), Is.EqualTo(4));
            Assert.That(inputs.Select(i => i.UtcInstant).Distinct().Count(), Is.EqualTo(DistinctInstants));
        });
    }

    [Test]
    public async Task Two_thousand_charts_computed_with_Task_WhenAll_equal_the_charts_computed_one_by_one()
    {
        var engine = new ChartEngine(sharedPool);
        var charts = await Task.WhenAll(inputs.Select(input => engine.ComputeAsync(input))).ConfigureAwait(false);
        AssertIdentical(charts);
    }

    [Test]
    public async Task Two_thousand_charts_computed_with_Parallel_ForEachAsync_equal_the_charts_computed_one_by_one()
    {
        var engine = new ChartEngine(sharedPool);
        var charts = new Chart[inputs.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, inputs.Count),
            new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (i, ct) => charts[i] = await engine.ComputeAsync(inputs[i], ct).ConfigureAwait(false)).ConfigureAwait(false);
        AssertIdentical(charts);
    }

    private void AssertIdentical(Chart[] charts)
    {
        var mismatches = new List<string>();
        for (var i = 0; i < charts.Length; i++)
        {
            var differences = ChartDifferences.Between(oneByOne[i], charts[i]);
            if (differences.Count > 0)
            {
                mismatches.Add($"chart {i} ({inputs[i].Settings}): {string.Join(", ", differences)}");
            }
        }

        Assert.That(mismatches, Is.Empty, () => string.Join(Environment.NewLine, mismatches.Take(20)));
    }

    /// <summary>250 instants, each used eight times with different settings (each round shifts the setting cycle by one).</summary>
    private static List<ChartInput> MixedInputs()
    {
        var random = new Random(20261125);
        var instants = Enumerable.Range(0, DistinctInstants).Select(_ => ChartCases.RandomInstant(random)).ToArray();
        var inputs = new List<ChartInput>(ChartCount);
        for (var i = 0; i < ChartCount; i++)
        {
            // Within ±60° every house system has a solution, so no chart is refused.
            var latitude = (random.NextDouble() * 2 - 1) * 60;
            var longitude = (random.NextDouble() * 2 - 1) * 180;
            var settings = ChartCases.Settings(i + i / DistinctInstants, random);
            inputs.Add(new ChartInput(instants[i % DistinctInstants], latitude, longitude, settings));
        }

        return inputs;
    }
}
