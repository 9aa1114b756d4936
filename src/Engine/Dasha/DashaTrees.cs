namespace Jyotishika.Engine.Dasha;

/// <summary>Options a dasha system reads beside the chart; each system ignores those that are not its own.</summary>
public sealed record DashaOptions
{
    public static DashaOptions Default { get; } = new();

    /// <summary>Vimshottari's starting star.</summary>
    public StartingStar StartingStar { get; init; } = StartingStar.Moon;
}

/// <summary>The tree of any supported dasha system for a computed chart.</summary>
public static class DashaTrees
{
    /// <summary>The systems this build computes.</summary>
    public static IReadOnlyList<DashaSystem> Supported { get; } = [DashaSystem.Vimshottari, DashaSystem.Yogini, DashaSystem.Ashtottari];

    public static IDashaTree For(DashaSystem system, Chart chart, DashaOptions options)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(options);
        var moon = chart.Grahas.First(g => g.Graha == Graha.Moon).Longitude;
        return system switch
        {
            DashaSystem.Vimshottari => DashaScheme.Vimshottari.At(options.StartingStar.EntryLongitude(moon)),
            DashaSystem.Yogini or DashaSystem.Ashtottari => DashaScheme.For(system).At(moon),
            _ => throw new ArgumentOutOfRangeException(nameof(system), system, "Not a supported dasha system"),
        };
    }
}
