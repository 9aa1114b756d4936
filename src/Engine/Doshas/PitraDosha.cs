using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Doshas;

/// <summary>How Pitra dosha is read; every result carries the options it was read with.</summary>
public sealed record PitraDoshaOptions
{
    public static PitraDoshaOptions Default { get; } = new();

    /// <summary>Ketu with the Sun or in the 9th counts as Rahu does (default true: most statements name both nodes).</summary>
    public bool IncludeKetu { get; init; } = true;

    /// <summary>Saturn with the Sun counts too (default false: only some statements add it).</summary>
    public bool IncludeSaturn { get; init; }
}

/// <summary>Pitra dosha of one chart: the rules that fired, by name and source.</summary>
public sealed record PitraDoshaResult(IReadOnlyList<CitedRule> Rules, PitraDoshaOptions Options)
{
    public bool Present => Rules.Count > 0;
}

/// <summary>
/// Pitra (pitṛ) dosha as modern practice states it: the Sun, significator of the father, joined by a node (or by Saturn,
/// in some statements), or a node in the 9th house, the house of the father. No classical verse for these combinations is
/// verified here, so each rule names modern practice as its source. BPHS's chapter on curses from past births treats a
/// curse of the father (pitṛ-śāpa) with other, childlessness-oriented combinations that are not implemented here.
/// Conjunction is the same sign.
/// </summary>
public static class PitraDosha
{
    private const string ModernPractice = "Modern practice; no classical verse verified here";

    /// <summary>The Sun in Rahu's sign.</summary>
    public static CitedRule SunWithRahu { get; } = new(nameof(SunWithRahu), ModernPractice);

    /// <summary>The Sun in Ketu's sign (with <see cref="PitraDoshaOptions.IncludeKetu"/>).</summary>
    public static CitedRule SunWithKetu { get; } = new(nameof(SunWithKetu), ModernPractice);

    /// <summary>The Sun in Saturn's sign (with <see cref="PitraDoshaOptions.IncludeSaturn"/>).</summary>
    public static CitedRule SunWithSaturn { get; } = new(nameof(SunWithSaturn), ModernPractice);

    /// <summary>Rahu in the 9th house from the ascendant.</summary>
    public static CitedRule RahuInNinth { get; } = new(nameof(RahuInNinth), ModernPractice);

    /// <summary>Ketu in the 9th house from the ascendant (with <see cref="PitraDoshaOptions.IncludeKetu"/>).</summary>
    public static CitedRule KetuInNinth { get; } = new(nameof(KetuInNinth), ModernPractice);

    private const int FatherHouse = 9;

    public static PitraDoshaResult Assess(SignChart chart, PitraDoshaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        options ??= PitraDoshaOptions.Default;
        var rules = new List<CitedRule>();
        Add(Conjunction.Together(chart, Graha.Sun, Graha.Rahu), SunWithRahu);
        Add(options.IncludeKetu && Conjunction.Together(chart, Graha.Sun, Graha.Ketu), SunWithKetu);
        Add(options.IncludeSaturn && Conjunction.Together(chart, Graha.Sun, Graha.Saturn), SunWithSaturn);
        Add(chart.HouseOf(Graha.Rahu) == FatherHouse, RahuInNinth);
        Add(options.IncludeKetu && chart.HouseOf(Graha.Ketu) == FatherHouse, KetuInNinth);
        return new(rules, options);

        void Add(bool fires, CitedRule rule)
        {
            if (fires)
            {
                rules.Add(rule);
            }
        }
    }
}
