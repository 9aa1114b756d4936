namespace Jyotishika.Engine.Tests;

/// <summary>Deterministic chart inputs that cycle through every setting the engine offers.</summary>
internal static class ChartCases
{
    /// <summary>All 47 library modes, then the user-defined mode and Vedanjanam.</summary>
    public static IReadOnlyList<Ayanamsha> AllAyanamshas { get; } =
        [.. Ayanamshas.Predefined, Ayanamsha.UserDefined, Ayanamsha.Vedanjanam];

    public static IReadOnlyList<HouseSystem> AllHouseSystems { get; } = Enum.GetValues<HouseSystem>();

    /// <summary>
    /// <paramref name="count"/> charts with a fixed seed: instants spread uniformly over the supported range, latitudes
    /// within ±<paramref name="maxLatitude"/>, any longitude. Ayanamsha, house system, node and position type each cycle
    /// with a different period so that combinations vary.
    /// </summary>
    public static List<ChartInput> Random(int count, int seed, double maxLatitude)
    {
        var random = new Random(seed);
        var charts = new List<ChartInput>(count);
        for (var i = 0; i < count; i++)
        {
            charts.Add(new ChartInput(
                RandomInstant(random),
                (random.NextDouble() * 2 - 1) * maxLatitude,
                (random.NextDouble() * 2 - 1) * 180,
                Settings(i, random)));
        }

        return charts;
    }

    /// <summary>Settings number <paramref name="i"/> of the cycle; the random source only fills user-defined values.</summary>
    public static ChartSettings Settings(int i, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var ayanamsha = AllAyanamshas[i % AllAyanamshas.Count];
        return new ChartSettings
        {
            Ayanamsha = ayanamsha,
            UserAyanamsha = ayanamsha == Ayanamsha.UserDefined
                ? new UserAyanamsha(2_415_020.5 + random.NextDouble() * 55_000, 19 + random.NextDouble() * 8)
                : null,
            HouseSystem = AllHouseSystems[i % AllHouseSystems.Count],
            NodeType = i % 2 == 0 ? NodeType.Mean : NodeType.True,
            PositionType = i / 2 % 2 == 0 ? PositionType.Apparent : PositionType.Geometric,
            IncludeOuterPlanets = true,
        };
    }

    /// <summary>A UTC instant in [1800-01-02, 2400-01-01), to the millisecond.</summary>
    public static DateTime RandomInstant(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var span = SupportedRange.EndInstant.Ticks - SupportedRange.FirstInstant.Ticks;
        var ticks = random.NextInt64(span);
        return SupportedRange.FirstInstant.AddTicks(ticks - ticks % TimeSpan.TicksPerMillisecond);
    }
}
