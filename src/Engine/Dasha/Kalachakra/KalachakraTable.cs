namespace Jyotishika.Engine.Dasha.Kalachakra;

/// <summary>
/// The fixed data of Kalachakra dasha (BPHS ch. 46): years of each sign, the nine signs of each pada of the four
/// tables, and which table each nakshatra uses. Signs are 0 = Aries … 11 = Pisces.
/// </summary>
internal static class KalachakraTable
{
    public const int SignsPerPada = 9;

    public const int PadasPerNakshatra = 4;

    /// <summary>
    /// Years by sign; signs of one lord share them: Sun 5, Moon 21, Mars 7, Mercury 9, Jupiter 10, Venus 16, Saturn 4
    /// (BPHS ch. 46; P. V. R. Narasimha Rao, "Kalachakra Dasa" tutorial (1998), table 1).
    /// </summary>
    private static readonly double[] YearsBySign = [7, 16, 9, 21, 5, 9, 16, 7, 10, 4, 4, 10];

    /// <summary>
    /// The nine dasha signs of padas 1–4 in each table, in <see cref="KalachakraGroup"/> order (BPHS ch. 46). Their
    /// years add up to the paramayus: 100, 85, 83, 86 in savya, 86, 83, 85, 100 in apasavya.
    /// </summary>
    private static readonly int[][][] SignsByGroup =
    [
        // Ashwini: Ar Ta Ge Cn Le Vi Li Sc Sg | Cp Aq Pi Sc Li Vi Cn Le Ge | Ta Ar Pi Aq Cp Sg Ar Ta Ge | Cn Le Vi Li Sc Sg Cp Aq Pi
        [[0, 1, 2, 3, 4, 5, 6, 7, 8], [9, 10, 11, 7, 6, 5, 3, 4, 2], [1, 0, 11, 10, 9, 8, 0, 1, 2], [3, 4, 5, 6, 7, 8, 9, 10, 11]],

        // Bharani: Sc Li Vi Cn Le Ge Ta Ar Pi | Aq Cp Sg Ar Ta Ge Cn Le Vi | Li Sc Sg Cp Aq Pi Sc Li Vi | Cn Le Ge Ta Ar Pi Aq Cp Sg
        [[7, 6, 5, 3, 4, 2, 1, 0, 11], [10, 9, 8, 0, 1, 2, 3, 4, 5], [6, 7, 8, 9, 10, 11, 7, 6, 5], [3, 4, 2, 1, 0, 11, 10, 9, 8]],

        // Rohini: Sg Cp Aq Pi Ar Ta Ge Le Cn | Vi Li Sc Pi Aq Cp Sg Sc Li | Vi Le Cn Ge Ta Ar Sg Cp Aq | Pi Ar Ta Ge Le Cn Vi Li Sc
        [[8, 9, 10, 11, 0, 1, 2, 4, 3], [5, 6, 7, 11, 10, 9, 8, 7, 6], [5, 4, 3, 2, 1, 0, 8, 9, 10], [11, 0, 1, 2, 4, 3, 5, 6, 7]],

        // Mrigashira: Pi Aq Cp Sg Sc Li Vi Le Cn | Ge Ta Ar Sg Cp Aq Pi Ar Ta | Ge Le Cn Vi Li Sc Pi Aq Cp | Sg Sc Li Vi Le Cn Ge Ta Ar
        [[11, 10, 9, 8, 7, 6, 5, 4, 3], [2, 1, 0, 8, 9, 10, 11, 0, 1], [2, 4, 3, 5, 6, 7, 11, 10, 9], [8, 7, 6, 5, 4, 3, 2, 1, 0]],
    ];

    public static double Years(int sign) => YearsBySign[sign];

    public static IReadOnlyList<int> Signs(KalachakraGroup group, int pada) => SignsByGroup[(int)group - 1][pada];

    public static double Paramayus(KalachakraGroup group, int pada) => Signs(group, pada).Sum(Years);

    /// <summary>
    /// The table of a nakshatra (0 = Ashwini). Triads alternate savya and apasavya from Ashwini (BPHS ch. 46: Ashwini,
    /// Bharani, Krittika savya; Rohini, Mrigashira, Ardra apasavya; … ; Purva Bhadrapada, Uttara Bhadrapada, Revati
    /// savya). Inside a savya triad the first and last stars use Ashwini's table and the middle one Bharani's.
    /// </summary>
    public static KalachakraGroup GroupOf(int nakshatra, KalachakraNakshatraGroups groups)
    {
        var triad = nakshatra / 3;
        var place = nakshatra % 3;
        if (triad % 2 == 0)
        {
            return place == 1 ? KalachakraGroup.Bharani : KalachakraGroup.Ashwini;
        }

        return groups switch
        {
            KalachakraNakshatraGroups.TriadMirror => place == 1 ? KalachakraGroup.Mrigashira : KalachakraGroup.Rohini,
            KalachakraNakshatraGroups.TriadStartOnly => place == 0 ? KalachakraGroup.Rohini : KalachakraGroup.Mrigashira,
            _ => throw new ArgumentOutOfRangeException(nameof(groups), groups, "Unknown Kalachakra nakshatra grouping"),
        };
    }
}
