namespace Jyotishika.Engine.Jaimini;

/// <summary>Whether a pada that falls on its own house, or the 7th from it, is moved.</summary>
public enum ArudhaException
{
    /// <summary>
    /// BPHS ch. 29 (arudha padas): a pada falling in the 1st from its house goes to the 10th from that house, one
    /// falling in the 7th goes to the 10th from the 7th (the 4th from the house). The default.
    /// </summary>
    Classical = 1,

    /// <summary>The plain count, never moved.</summary>
    None = 2,
}
