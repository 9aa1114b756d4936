namespace Jyotishika.Engine.Jaimini;

/// <summary>
/// Which grahas compete for the chara (variable) karakas. Parasara (BPHS ch. 32) gives eight with Rahu; Jaimini's Upadesa
/// Sutras are read by some as seven. P. V. R. Narasimha Rao, Jagannatha Hora and PyJHora use eight, hence the default.
/// </summary>
public enum KarakaScheme
{
    /// <summary>Sun … Saturn and Rahu, eight karakas (the default).</summary>
    EightWithRahu = 1,

    /// <summary>Sun … Saturn, seven karakas: no Pitrikaraka (the father is then read from the Sun).</summary>
    SevenGrahas = 2,
}
