namespace Jyotishika.Engine.Dasha;

/// <summary>
/// One period of the tree: level 1 mahadasha … 6 deha. Start and end are true instants of the period, never clipped
/// to a requested window.
/// </summary>
/// <param name="Path">Lords from the mahadasha down to this period's own lord (the last).</param>
public sealed record DashaPeriod(int Level, IReadOnlyList<DashaLord> Path, DateTime Start, DateTime End)
{
    public const int MaxLevel = 6;

    public static IReadOnlyList<string> LevelNames { get; } =
        ["Mahadasha", "Antardasha", "Pratyantardasha", "Sookshma", "Prana", "Deha"];

    public DashaLord Lord => Path[^1];

    public TimeSpan Duration => End - Start;
}

/// <summary>The entry point of a birth into its dasha cycle, for the response's audit block.</summary>
/// <param name="BalanceYears">Years of the first lord's period left at birth.</param>
public sealed record DashaBirthBalance(DashaLord Lord, double ElapsedFraction, double BalanceYears, DateTime CycleStart);
