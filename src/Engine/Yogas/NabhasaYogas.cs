using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Yogas;

/// <summary>
/// The Nabhasa yogas (Brihat Jataka ch. 12; BPHS, the chapter on Nabhasa yogas): shapes the seven grahas Sun … Saturn
/// make across the houses, the nodes left out as the sources leave them out. Each is reported on its own; the rule that
/// a Sankhya yoga is read only when no other Nabhasa yoga forms is left to the reader of the results.
/// </summary>
internal static class NabhasaYogas
{
    private const string Source = "Brihat Jataka ch. 12; BPHS, Nabhasa yogas: ";

    private static readonly Graha[] Malefics = [Graha.Sun, Graha.Mars, Graha.Saturn];

    /// <summary>The akriti yogas that place all seven grahas in a fixed set of houses (from the ascendant).</summary>
    private static readonly (Yoga Yoga, int[][] HouseSets, string Rule)[] Placements =
    [
        (Yoga.Gada, [[1, 4], [4, 7], [7, 10], [10, 1]], "all seven in two successive kendras"),
        (Yoga.Sakata, [[1, 7]], "all seven in the 1st and 7th"),
        (Yoga.Vihaga, [[4, 10]], "all seven in the 4th and 10th"),
        (Yoga.Shringataka, [[1, 5, 9]], "all seven in the 1st, 5th and 9th"),
        (Yoga.Hala, [[2, 6, 10], [3, 7, 11], [4, 8, 12]], "all seven in one set of mutual trines other than the 1st, 5th, 9th"),
        (Yoga.Kamala, [[1, 4, 7, 10]], "all seven in the four kendras"),
        (Yoga.Vapi, [[2, 5, 8, 11], [3, 6, 9, 12]],
            "all seven in the four panapharas or the four apoklimas (BPHS's wording; Brihat Jataka says outside the kendras)"),
        (Yoga.Yupa, [Span(1, 4)], "all seven in the 1st to the 4th"),
        (Yoga.Shara, [Span(4, 4)], "all seven in the 4th to the 7th"),
        (Yoga.Shakti, [Span(7, 4)], "all seven in the 7th to the 10th"),
        (Yoga.Danda, [Span(10, 4)], "all seven in the 10th to the 1st"),
        (Yoga.Nauka, [Span(1, 7)], "all seven in the seven houses from the 1st"),
        (Yoga.Koota, [Span(4, 7)], "all seven in the seven houses from the 4th"),
        (Yoga.Chhatra, [Span(7, 7)], "all seven in the seven houses from the 7th"),
        (Yoga.Chapa, [Span(10, 7)], "all seven in the seven houses from the 10th"),
        (Yoga.Ardhachandra, [.. new[] { 2, 3, 5, 6, 8, 9, 11, 12 }.Select(start => Span(start, 7))],
            "all seven in seven successive houses beginning from a house that is not a kendra"),
        (Yoga.Chakra, [[1, 3, 5, 7, 9, 11]], "all seven in the six alternate houses from the 1st"),
        (Yoga.Samudra, [[2, 4, 6, 8, 10, 12]], "all seven in the six alternate houses from the 2nd"),
    ];

    private static readonly Yoga[] Sankhya = [Yoga.Gola, Yoga.Yuga, Yoga.Shoola, Yoga.Kedara, Yoga.Pasha, Yoga.Damini, Yoga.Vallaki];

    public static void Evaluate(SignChart chart, YogaOptions options, List<YogaResult> results)
    {
        var seven = Dignities.SevenGrahas;
        var houses = seven.Select(chart.HouseOf).ToArray();
        var signs = seven.Select(chart.SignOf).ToArray();

        Ashraya(Yoga.Rajju, 0, "all seven in movable signs");
        Ashraya(Yoga.Musala, 1, "all seven in fixed signs");
        Ashraya(Yoga.Nala, 2, "all seven in dual signs");

        var benefics = options.NabhasaMoonIsBenefic ? [Graha.Moon, .. Found.Benefics] : Found.Benefics;
        var moonNote = options.NabhasaMoonIsBenefic ? " (the Moon a benefic)" : " (the Moon not counted)";
        Dala(Yoga.Mala, Found.Benefics, "Mercury, Jupiter and Venus in three different kendras");
        Dala(Yoga.Sarpa, Malefics, "the Sun, Mars and Saturn in three different kendras");

        foreach (var (yoga, sets, rule) in Placements.Take(5))
        {
            Placed(yoga, sets, rule);
        }

        Split(Yoga.Vajra, benefics, [1, 7], Malefics, [4, 10], "the benefics in the 1st and 7th, the malefics in the 4th and 10th"
            + moonNote);
        Split(Yoga.Yava, Malefics, [1, 7], benefics, [4, 10], "the malefics in the 1st and 7th, the benefics in the 4th and 10th"
            + moonNote);

        foreach (var (yoga, sets, rule) in Placements.Skip(5))
        {
            Placed(yoga, sets, rule);
        }

        var occupied = signs.Distinct().Count();
        for (var count = 1; count <= Sankhya.Length; count++)
        {
            results.Add(Found.When(occupied == count, Sankhya[count - 1], chart, seven, Source + $"the seven in exactly {count} sign(s)"));
        }

        void Ashraya(Yoga yoga, int quality, string rule) =>
            results.Add(Found.When(signs.All(sign => sign % 3 == quality), yoga, chart, seven, Source + rule));

        void Dala(Yoga yoga, Graha[] grahas, string rule)
        {
            var kendras = grahas.Select(chart.HouseOf).ToArray();
            var present = kendras.All(Found.IsKendra) && kendras.Distinct().Count() == grahas.Length;
            results.Add(Found.When(present, yoga, chart, grahas, Source + rule));
        }

        void Placed(Yoga yoga, int[][] sets, string rule)
        {
            var present = sets.Any(set => Fills(houses, set, options.NabhasaEveryHouseOccupied));
            results.Add(Found.When(present, yoga, chart, seven, Source + rule + Filling(options)));
        }

        void Split(Yoga yoga, Graha[] first, int[] firstHouses, Graha[] second, int[] secondHouses, string rule)
        {
            var firstPlaced = first.Select(chart.HouseOf).ToArray();
            var secondPlaced = second.Select(chart.HouseOf).ToArray();
            var present = Fills(firstPlaced, firstHouses, options.NabhasaEveryHouseOccupied)
                && Fills(secondPlaced, secondHouses, options.NabhasaEveryHouseOccupied);
            results.Add(Found.When(present, yoga, chart, [.. first, .. second], Source + rule + Filling(options)));
        }
    }

    /// <summary>Whether every placed house is in the set and, when asked, every house of the set holds one.</summary>
    private static bool Fills(int[] placed, int[] set, bool everyHouseOccupied) =>
        placed.All(set.Contains) && (!everyHouseOccupied || set.All(placed.Contains));

    private static string Filling(YogaOptions options) => options.NabhasaEveryHouseOccupied ? ", each of those houses occupied" : "";

    /// <summary>The houses <paramref name="length"/> long from <paramref name="start"/>, wrapping past the 12th.</summary>
    private static int[] Span(int start, int length) => [.. Enumerable.Range(0, length).Select(offset => ((start - 1 + offset) % 12) + 1)];
}
