using Jyotishika.Engine.Dasha.Chara;
using Jyotishika.Engine.Dasha.Kalachakra;
using Jyotishika.Engine.Dasha.Rasi;

namespace Jyotishika.Engine.Dasha;

/// <summary>Options a dasha system reads beside the chart; each system ignores those that are not its own.</summary>
public sealed record DashaOptions
{
    public static DashaOptions Default { get; } = new();

    /// <summary>Vimshottari's starting star.</summary>
    public StartingStar StartingStar { get; init; } = StartingStar.Moon;

    /// <summary>How the conditional nakshatra dashas (Shodasottari … Shattrimsa-sama) divide a period.</summary>
    public SubPeriodShares SubPeriodShares { get; init; } = SubPeriodShares.Proportional;

    /// <summary>The balance at birth of Shashtihayani (lords ruling groups of stars).</summary>
    public StarGroupBalance StarGroupBalance { get; init; } = StarGroupBalance.WholeGroup;

    /// <summary>Whose Chara dasha.</summary>
    public CharaMethod CharaMethod { get; init; } = CharaMethod.NarasimhaRao;

    /// <summary>Kalachakra's conventions.</summary>
    public KalachakraOptions Kalachakra { get; init; } = KalachakraOptions.Default;

    /// <summary>How Sthira dasha finds Brahma.</summary>
    public BrahmaRule BrahmaRule { get; init; } = BrahmaRule.VisibleHalfOddSign;
}

/// <summary>The tree of any supported dasha system for a computed chart.</summary>
public static class DashaTrees
{
    /// <summary>The systems this build computes.</summary>
    public static IReadOnlyList<DashaSystem> Supported { get; } =
    [
        DashaSystem.Vimshottari, DashaSystem.Yogini, DashaSystem.Ashtottari, DashaSystem.Shodasottari, DashaSystem.Dwadasottari,
        DashaSystem.Panchottari, DashaSystem.Shatabdika, DashaSystem.ChaturaseetiSama, DashaSystem.DwisaptatiSama,
        DashaSystem.Shashtihayani, DashaSystem.ShattrimsaSama, DashaSystem.Tribhagi, DashaSystem.Kalachakra, DashaSystem.Chara,
        DashaSystem.Narayana, DashaSystem.Sthira, DashaSystem.Shoola, DashaSystem.Drig, DashaSystem.Moola,
    ];

    /// <summary>
    /// Whether the chart meets the system's condition (null for systems without one). Sthira dasha needs Brahma; the
    /// nakshatra dashas of BPHS ch. 46 their chart conditions (<see cref="DashaApplicability"/>).
    /// </summary>
    public static DashaCondition? Condition(DashaSystem system, Chart chart, DashaOptions options)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(options);
        if (system != DashaSystem.Sthira)
        {
            return DashaApplicability.Of(system, chart);
        }

        var brahma = SthiraDasha.Brahma(Analysis.SignChart.Of(chart), options.BrahmaRule);
        return new DashaCondition(
            brahma is not null,
            brahma is { } graha
                ? $"Sthira dasha starts from Brahma's sign; Brahma is {graha} under {options.BrahmaRule} (Jaimini Sutras 2.3)."
                : $"Sthira dasha starts from Brahma's sign; no graha qualifies as Brahma under {options.BrahmaRule} (Jaimini Sutras 2.3).");
    }

    /// <summary>The systems whose lords are grahas counted from the Moon's nakshatra (the starting star and shares apply).</summary>
    public static bool IsNakshatraDasha(DashaSystem system) => (int)system < (int)DashaSystem.Kalachakra;

    /// <summary>The system's tree; null when the chart gives it no start (Sthira dasha with no Brahma under the rule).</summary>
    public static IDashaTree? For(DashaSystem system, Chart chart, DashaOptions options)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(options);
        var moon = chart.Grahas.First(g => g.Graha == Graha.Moon).Longitude;
        return system switch
        {
            DashaSystem.Vimshottari => DashaScheme.Vimshottari.At(options.StartingStar.EntryLongitude(moon)),
            DashaSystem.Yogini or DashaSystem.Ashtottari or DashaSystem.Tribhagi => DashaScheme.For(system).At(moon),
            DashaSystem.Chara => CharaDashas.Chara(chart, options.CharaMethod),
            DashaSystem.Moola => CharaDashas.Moola(chart),
            DashaSystem.Kalachakra => KalachakraDasha.Tree(moon, options.Kalachakra),
            DashaSystem.Narayana => RasiDashas.Narayana(chart),
            DashaSystem.Shoola => RasiDashas.Shoola(chart),
            DashaSystem.Sthira => SthiraDasha.Brahma(Analysis.SignChart.Of(chart), options.BrahmaRule) is null
                ? null
                : SthiraDasha.Tree(chart, options.BrahmaRule),
            DashaSystem.Drig => RasiDashas.Drig(chart),
            _ when IsNakshatraDasha(system) =>
                DashaScheme.For(system).At(moon, new NakshatraDashaOptions(options.SubPeriodShares, options.StarGroupBalance)),
            _ => throw new ArgumentOutOfRangeException(nameof(system), system, "Not a supported dasha system"),
        };
    }
}
