namespace Jyotishika.Engine.Yogas;

/// <summary>
/// Graha drishti by whole signs: every graha aspects the 7th sign from itself; Mars also the 4th and 8th, Jupiter the
/// 5th and 9th, Saturn the 3rd and 10th (BPHS, the chapter on graha drishti). The nodes are given no aspect here, as
/// the sources disagree on theirs and no yoga in this folder needs one.
/// </summary>
public static class Drishti
{
    public static bool Aspects(Graha graha, int fromSign, int toSign)
    {
        var house = Analysis.SignChart.Houses.Count(fromSign, toSign);
        return graha switch
        {
            Graha.Rahu or Graha.Ketu => false,
            Graha.Mars => house is 7 or 4 or 8,
            Graha.Jupiter => house is 7 or 5 or 9,
            Graha.Saturn => house is 7 or 3 or 10,
            _ => house == 7,
        };
    }
}
