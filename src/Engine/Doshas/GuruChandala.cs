using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Doshas;

/// <summary>How Guru-Chandala is read; every result carries the options it was read with.</summary>
public sealed record GuruChandalaOptions
{
    public static GuruChandalaOptions Default { get; } = new();

    /// <summary>Jupiter with Ketu counts as well as with Rahu (default false: most statements name Rahu only).</summary>
    public bool IncludeKetu { get; init; }

    /// <summary>
    /// With degrees known, the conjunction must also be within this many degrees; default null, the sign alone (yuti), as
    /// sign-based rules read a conjunction. Without both degrees the sign alone is compared whatever this says.
    /// </summary>
    public double? OrbDegrees { get; init; }
}

/// <summary>Guru-Chandala of one chart.</summary>
/// <param name="WithRahu">Jupiter is with Rahu.</param>
/// <param name="WithKetu">Jupiter is with Ketu: reported whatever the option, counted in <see cref="Present"/> only with it.</param>
/// <param name="Options">The options it was read with.</param>
public sealed record GuruChandalaResult(bool WithRahu, bool WithKetu, GuruChandalaOptions Options)
{
    /// <summary>With Rahu, or with Ketu when <see cref="GuruChandalaOptions.IncludeKetu"/> is set.</summary>
    public bool Present => WithRahu || (Options.IncludeKetu && WithKetu);
}

/// <summary>
/// Guru-Chandala: Jupiter (guru) joined by Rahu (the chandala), in some statements also by Ketu. The name and the rule are
/// modern practice; no classical verse for it is verified here, so none is cited (see <see cref="Rule"/>).
/// </summary>
public static class GuruChandala
{
    public static CitedRule Rule { get; } =
        new(nameof(GuruChandala), "Modern practice: Jupiter conjunct Rahu (some add Ketu); no classical verse verified here");

    public static GuruChandalaResult Assess(SignChart chart, GuruChandalaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        options ??= GuruChandalaOptions.Default;
        return new(
            Conjunction.Together(chart, Graha.Jupiter, Graha.Rahu, options.OrbDegrees),
            Conjunction.Together(chart, Graha.Jupiter, Graha.Ketu, options.OrbDegrees),
            options);
    }
}
