namespace Jyotishika.Engine.Ashtakavarga;

/// <summary>
/// Ekadhipatya sodhana, the reduction for the two signs of one lord (BPHS ch. 68, R. Santhanam's numbering), applied after
/// <see cref="TrikonaSodhana"/> to the pairs Aries–Scorpio, Taurus–Libra, Gemini–Virgo, Sagittarius–Pisces and
/// Capricorn–Aquarius (Cancer and Leo, one sign each, are left as they are):
/// <list type="bullet">
/// <item>either sign has no bindu left, or both hold a graha: no change;</item>
/// <item>both empty of grahas: equal counts are both cleared, unequal ones both become the smaller;</item>
/// <item>one holds a graha: the empty sign is cleared when its count is less than or equal to the occupied one's, and
/// brought down to the occupied one's count when it is greater ("ūnena samam anyasmin śodhayed grahavarjite", v. 3:
/// make the sign without a graha equal to the lesser; one modern translation reads it as subtracting the lesser instead;
/// no published value in the tests exercises this case).</item>
/// </list>
/// Sources also differ on two other points. Occupants: the seven grahas count, and so does the ascendant; the nodes do
/// not. BPHS says only "a sign with a graha"; P. V. R. Narasimha Rao's worked example (Vedic Astrology: An Integrated
/// Approach, ch. 12, exercise 22) keeps the Sun's bindu in Scorpio rising against an occupied Aries, which only an
/// occupying lagna explains, and the tests check all its pindas. The nodes give no bindus (BPHS ch. 66) and most
/// commentators leave them out; no reference value here depends on them. Equal counts with one sign occupied: BPHS clears
/// the empty sign (ch. 68, the sixth case); some modern summaries leave both unchanged. BPHS is followed, and the same
/// worked example agrees.
/// </summary>
internal static class EkadhipatyaSodhana
{
    private static readonly (int First, int Second)[] SameLordPairs = [(0, 7), (1, 6), (2, 5), (8, 11), (9, 10)];

    /// <param name="bindus">Counts after trikona sodhana, Aries first.</param>
    /// <param name="occupied">Whether each sign holds one of the seven grahas or the ascendant.</param>
    public static int[] Apply(IReadOnlyList<int> bindus, IReadOnlyList<bool> occupied)
    {
        var reduced = bindus.ToArray();
        foreach (var (first, second) in SameLordPairs)
        {
            (reduced[first], reduced[second]) = Reduce(bindus[first], occupied[first], bindus[second], occupied[second]);
        }

        return reduced;
    }

    private static (int First, int Second) Reduce(int first, bool firstOccupied, int second, bool secondOccupied)
    {
        if (first == 0 || second == 0 || (firstOccupied && secondOccupied))
        {
            return (first, second);
        }

        if (!firstOccupied && !secondOccupied)
        {
            return first == second ? (0, 0) : (Math.Min(first, second), Math.Min(first, second));
        }

        return firstOccupied ? (first, ReduceEmpty(second, first)) : (ReduceEmpty(first, second), second);
    }

    private static int ReduceEmpty(int empty, int occupied) => empty <= occupied ? 0 : occupied;
}
