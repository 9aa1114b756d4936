using Jyotishika.Engine;

namespace Jyotishika.Benchmarks;

/// <summary>Order in which the fixed set of benchmark charts is computed.</summary>
public enum InputOrder
{
    /// <summary>Instants in generation order: every chart jumps somewhere else in 1900–2100 (a server's typical load).</summary>
    Random,

    /// <summary>The same instants sorted by time, so the library's per-body file caches are reused more often.</summary>
    Sorted,
}

/// <summary>A deterministic set of chart inputs shared by every benchmark, so each one does identical native work.</summary>
internal static class ChartInputs
{
    internal const int Seed = 20_240_601;

    private static readonly DateTime First = new(1900, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime End = new(2100, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// Random instants 1900–2100 (whole milliseconds, like a parsed birth time) and random inhabited-latitude places,
    /// all with <see cref="ChartSettings.Default"/> (Lahiri, whole sign, mean node, apparent positions).
    /// </summary>
    internal static ChartInput[] Create(int count, InputOrder order)
    {
#pragma warning disable CA5394 // A seeded, reproducible generator is the point; nothing here is security-relevant.
        var random = new Random(Seed);
        var span = (End - First).Ticks / TimeSpan.TicksPerMillisecond;
        var inputs = new ChartInput[count];
        for (var i = 0; i < count; i++)
        {
            var instant = First.AddMilliseconds(random.NextInt64(span));
            var latitude = Math.Round(random.NextDouble() * 132.0 - 66.0, 4);
            var longitude = Math.Round(random.NextDouble() * 360.0 - 180.0, 4);
            inputs[i] = new ChartInput(instant, latitude, longitude, ChartSettings.Default);
        }
#pragma warning restore CA5394

        if (order == InputOrder.Sorted)
        {
            Array.Sort(inputs, (a, b) => a.UtcInstant.CompareTo(b.UtcInstant));
        }

        return inputs;
    }
}
