using System.Collections.Concurrent;
using Jyotishika.Engine.Native;

namespace Jyotishika.Engine;

/// <summary>One batch item's outcome: its chart, or the problems that refused its input, or a failure.</summary>
/// <param name="Chart">Set when the item succeeded.</param>
/// <param name="Problems">Set when the item's input was refused.</param>
/// <param name="Failure">The native library's failure on this item: for the log, never for the caller.</param>
public readonly record struct ChartOutcome(Chart? Chart, IReadOnlyList<InputProblem>? Problems, EphemerisException? Failure = null);

/// <summary>
/// Many charts in one call, each succeeding or failing alone. Items are taken in instant order, so neighbours share
/// the fast path's polynomial segments and the native library's file segments and caches. The fast path runs on every
/// core in parallel; what it cannot answer goes to the ephemeris pool, whose threads work through it in parallel too.
/// </summary>
public sealed class ChartBatch(ChartEngine engine)
{
    /// <summary>Charts per unit of parallel work: enough to amortise scheduling, few enough to balance two cores.</summary>
    private const int RangeSize = 256;

    /// <summary>
    /// Hands each item's outcome to <paramref name="computed"/> (item index, outcome) as soon as it is known, from
    /// several threads at once, so that a caller can turn a chart into its answer while it is still young in memory.
    /// Items are validated first; a refused one's outcome carries its problems.
    /// </summary>
    public Task ComputeAsync(
        IReadOnlyList<ChartInput> inputs, Action<int, ChartOutcome> computed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(computed);
        var accepted = new List<Validated<ChartInput>>(inputs.Count);
        var items = new List<int>(inputs.Count);
        for (var item = 0; item < inputs.Count; item++)
        {
            ArgumentNullException.ThrowIfNull(inputs[item], nameof(inputs));
            var problems = ChartInputValidator.Validate(inputs[item], out var validated);
            if (problems.Count > 0)
            {
                computed(item, new ChartOutcome(null, problems));
                continue;
            }

            accepted.Add(validated);
            items.Add(item);
        }

        return ComputeAsync(accepted, (k, outcome) => computed(items[k], outcome), cancellationToken);
    }

    /// <summary>
    /// The same for inputs validated already (the checks are not repeated); an outcome's problems can then only be
    /// what the calculation itself finds (a house system with no solution, a date the library cannot serve).
    /// </summary>
    public async Task ComputeAsync(
        IReadOnlyList<Validated<ChartInput>> inputs, Action<int, ChartOutcome> computed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(computed);
        if (inputs.Count == 0)
        {
            // Partitioner.Create refuses an empty range; an empty batch (every item refused before it got here) is answered.
            return;
        }

        var order = InstantOrder(inputs);
        var native = new ConcurrentBag<int>();

        Parallel.ForEach(
            Partitioner.Create(0, order.Length, RangeSize),
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            range =>
            {
                for (var k = range.Item1; k < range.Item2; k++)
                {
                    var item = order[k];
                    ChartOutcome outcome;
                    try
                    {
                        if (!engine.TryCompute(inputs[item], out var chart))
                        {
                            native.Add(item);
                            continue;
                        }

                        outcome = new ChartOutcome(chart, null);
                    }
                    catch (InvalidInputException invalid)
                    {
                        outcome = new ChartOutcome(null, invalid.Problems);
                    }

                    computed(item, outcome);
                }
            });

        if (!native.IsEmpty)
        {
            var remaining = native.ToArray();
            Array.Sort(remaining, (a, b) => inputs[a].Value.UtcInstant.CompareTo(inputs[b].Value.UtcInstant));
            await Task.WhenAll(remaining.Select(item => ComputeNativeAsync(inputs[item], item, computed, cancellationToken)))
                .ConfigureAwait(false);
        }
    }

    private async Task ComputeNativeAsync(
        Validated<ChartInput> input, int item, Action<int, ChartOutcome> computed, CancellationToken cancellationToken)
    {
        ChartOutcome outcome;
        try
        {
            outcome = new ChartOutcome(await engine.ComputeAsync(input, cancellationToken).ConfigureAwait(false), null);
        }
        catch (InvalidInputException invalid)
        {
            outcome = new ChartOutcome(null, invalid.Problems);
        }
        catch (EphemerisException failure)
        {
            outcome = new ChartOutcome(null, null, failure);
        }

        computed(item, outcome);
    }

    private static int[] InstantOrder(IReadOnlyList<Validated<ChartInput>> inputs)
    {
        var keys = new long[inputs.Count];
        var order = new int[inputs.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = inputs[i].Value.UtcInstant.Ticks;
            order[i] = i;
        }

        Array.Sort(keys, order);
        return order;
    }
}
