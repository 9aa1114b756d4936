using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Jaimini;

namespace Jyotishika.Engine.Dasha.Rasi;

/// <summary>
/// The order of the twelve equal sub-periods of a Drigdasa dasa. Rao's book gives none (ch. 21); this is the rule of his later
/// paper on Drigdasa as PyJHora restates it, whose order for the Virgo dasa of its test birth was checked in Jagannatha Hora
/// (pvr_tests.py drig_dhasa_test_3).
/// </summary>
internal static class DrigAntardashas
{
    /// <summary>Dual signs: the kendras from the seed, then the panapharas, then the apoklimas.</summary>
    private static readonly int[] DualHouses = [1, 4, 7, 10, 5, 8, 11, 2, 9, 12, 3, 6];

    /// <summary>
    /// From the stronger of the dasa sign and its 7th, forward for an odd dasa sign and backward for an even one; a movable dasa
    /// sign steps sign by sign, a fixed one every 6th sign, a dual one through <see cref="DualHouses"/>.
    /// </summary>
    public static int[] Of(SignChart chart, int dasaSign)
    {
        var seed = SignStrength.StrongerSign(chart, dasaSign, SignCounting.SignAt(dasaSign, 7, forward: true));
        var forward = SignCounting.IsOddSign(dasaSign);
        IEnumerable<int> houses = SignCounting.IsMovable(dasaSign) ? Enumerable.Range(1, 12)
            : SignCounting.IsFixed(dasaSign) ? Enumerable.Range(0, 12).Select(step => (5 * step % 12) + 1)
            : DualHouses;
        return [.. houses.Select(house => SignCounting.SignAt(seed, house, forward))];
    }
}
