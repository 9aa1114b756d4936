namespace Jyotishika.Engine.Ashtakavarga;

/// <summary>
/// The benefic places of BPHS ch. 66 (R. Santhanam's numbering): for each owner, the houses counted from each contributor
/// (its own sign = 1) in which that contributor gives the owner a bindu. Rows are in <see cref="Contributor"/> order.
/// The ascendant's own table is the one BPHS gives beside the grahas'; the sums 48, 49, 39, 54, 56, 52, 39 and 49 are the
/// counts every source states and the tests check. Printed tables differ in four rows while keeping those sums: the Moon's
/// from itself (with or without the 9th) and from Mars (the 9th the other way round), the Moon's from Jupiter (2nd or
/// 12th) and Venus's from Mars (4th or 5th). The rows here are the ones P. V. R. Narasimha Rao's published bhinna- and
/// sarvashtakavargas require (Vedic Astrology: An Integrated Approach, ch. 12, exercises 19–22; the tests assert them);
/// each of the other readings breaks those published values.
/// </summary>
internal static class BinduTables
{
    private static readonly int[][][] Tables =
    [
        // Sun's bhinnashtakavarga (48).
        [
            [1, 2, 4, 7, 8, 9, 10, 11], [3, 6, 10, 11], [1, 2, 4, 7, 8, 9, 10, 11], [3, 5, 6, 9, 10, 11, 12],
            [5, 6, 9, 11], [6, 7, 12], [1, 2, 4, 7, 8, 9, 10, 11], [3, 4, 6, 10, 11, 12],
        ],

        // Moon's (49).
        [
            [3, 6, 7, 8, 10, 11], [1, 3, 6, 7, 9, 10, 11], [2, 3, 5, 6, 10, 11], [1, 3, 4, 5, 7, 8, 10, 11],
            [1, 2, 4, 7, 8, 10, 11], [3, 4, 5, 7, 9, 10, 11], [3, 5, 6, 11], [3, 6, 10, 11],
        ],

        // Mars's (39).
        [
            [3, 5, 6, 10, 11], [3, 6, 11], [1, 2, 4, 7, 8, 10, 11], [3, 5, 6, 11],
            [6, 10, 11, 12], [6, 8, 11, 12], [1, 4, 7, 8, 9, 10, 11], [1, 3, 6, 10, 11],
        ],

        // Mercury's (54).
        [
            [5, 6, 9, 11, 12], [2, 4, 6, 8, 10, 11], [1, 2, 4, 7, 8, 9, 10, 11], [1, 3, 5, 6, 9, 10, 11, 12],
            [6, 8, 11, 12], [1, 2, 3, 4, 5, 8, 9, 11], [1, 2, 4, 7, 8, 9, 10, 11], [1, 2, 4, 6, 8, 10, 11],
        ],

        // Jupiter's (56).
        [
            [1, 2, 3, 4, 7, 8, 9, 10, 11], [2, 5, 7, 9, 11], [1, 2, 4, 7, 8, 10, 11], [1, 2, 4, 5, 6, 9, 10, 11],
            [1, 2, 3, 4, 7, 8, 10, 11], [2, 5, 6, 9, 10, 11], [3, 5, 6, 12], [1, 2, 4, 5, 6, 7, 9, 10, 11],
        ],

        // Venus's (52).
        [
            [8, 11, 12], [1, 2, 3, 4, 5, 8, 9, 11, 12], [3, 4, 6, 9, 11, 12], [3, 5, 6, 9, 11],
            [5, 8, 9, 10, 11], [1, 2, 3, 4, 5, 8, 9, 10, 11], [3, 4, 5, 8, 9, 10, 11], [1, 2, 3, 4, 5, 8, 9, 11],
        ],

        // Saturn's (39).
        [
            [1, 2, 4, 7, 8, 10, 11], [3, 6, 11], [3, 5, 6, 10, 11, 12], [6, 8, 9, 10, 11, 12],
            [5, 6, 11, 12], [6, 11, 12], [3, 5, 6, 11], [1, 3, 4, 6, 10, 11],
        ],

        // The ascendant's own (49).
        [
            [3, 4, 6, 10, 11, 12], [3, 6, 10, 11, 12], [1, 3, 6, 10, 11], [1, 2, 4, 6, 8, 10, 11],
            [1, 2, 4, 5, 6, 7, 9, 10, 11], [1, 2, 3, 4, 5, 8, 9], [1, 3, 4, 6, 10, 11], [3, 6, 10, 11],
        ],
    ];

    /// <summary>The houses from <paramref name="contributor"/> in which it gives <paramref name="owner"/> a bindu.</summary>
    public static IReadOnlyList<int> Houses(Contributor owner, Contributor contributor) => Tables[(int)owner - 1][(int)contributor - 1];
}
