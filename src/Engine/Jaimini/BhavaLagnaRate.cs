namespace Jyotishika.Engine.Jaimini;

/// <summary>How fast the bhava lagna moves from the Sun's longitude at sunrise.</summary>
public enum BhavaLagnaRate
{
    /// <summary>
    /// One sign per 5 ghatis (2 hours), ¼° per minute: the rule as BPHS ch. 3 and Narasimha Rao's ch. 5.2 state it, and
    /// as PyJHora computes it. The default.
    /// </summary>
    SignPerFiveGhatis = 1,

    /// <summary>
    /// 1° per minute: the arithmetic of Narasimha Rao's worked Example 7 and the answer to Exercise 8 (ch. 5), whose step 2
    /// omits the division by 4 (as PyJHora's tests note). Offered only to reproduce those printed answers.
    /// </summary>
    DegreePerMinute = 2,
}
