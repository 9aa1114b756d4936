using Jyotishika.Engine.Matching;

namespace Jyotishika.Engine.Tests.Matching;

/// <summary>
/// Every boy × girl nakshatra-pada pair against PyJHora's published South table (Data/README.md), porutham by porutham.
/// Each difference is sorted into a named departure of that table or counted as unexplained; both counts are asserted
/// exactly, so any new difference fails.
/// </summary>
public sealed class PyJHoraSouthTableTests
{
    private sealed record Row(MoonStar Boy, MoonStar Girl, Dictionary<Porutham, bool> Flags);

    private static readonly Lazy<IReadOnlyList<Row>> Rows = new(Load);

    private static IReadOnlyList<Row> Load()
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Matching", "Data", "all_nak_pad_boy_girl_south.csv");
        return File.ReadLines(path).Select(line =>
        {
            var f = line.Split(',');
            bool B(int i) => bool.Parse(f[i]);
            // PyJHora's columns: varna, vashya, gana, dina, yoni, rasi adhipati, rasi, nadi, total, mahendra, vedha, rajju,
            // stree deergha. Its varna and nadi columns are always false in this table (not among the ten).
            var flags = new Dictionary<Porutham, bool>
            {
                [Porutham.Vasya] = B(5), [Porutham.Gana] = B(6), [Porutham.Dina] = B(7), [Porutham.Yoni] = B(8),
                [Porutham.RasiAdhipati] = B(9), [Porutham.Rasi] = B(10), [Porutham.Mahendra] = B(13), [Porutham.Vedha] = B(14),
                [Porutham.Rajju] = B(15), [Porutham.StreeDeergha] = B(16),
            };
            return new Row(new MoonStar(int.Parse(f[0]), int.Parse(f[1])), new MoonStar(int.Parse(f[2]), int.Parse(f[3])), flags);
        }).ToList();
    }

    [Test]
    public void Engine_matches_PyJHora_south_table_except_named_departures()
    {
        var explained = new Dictionary<Porutham, int>();
        var unexplained = new Dictionary<Porutham, int>();
        foreach (var row in Rows.Value)
        {
            var result = Poruthams.Match(row.Girl, row.Boy);
            foreach (var (porutham, theirs) in row.Flags)
            {
                if (result[porutham].Agrees == theirs)
                {
                    continue;
                }

                var tally = IsKnownDeparture(porutham, row) ? explained : unexplained;
                tally[porutham] = tally.GetValueOrDefault(porutham) + 1;
            }
        }

        TestContext.Out.WriteLine("explained: " + string.Join(", ", explained.Select(pair => $"{pair.Key} {pair.Value}")));
        TestContext.Out.WriteLine("unexplained: " + string.Join(", ", unexplained.Select(pair => $"{pair.Key} {pair.Value}")));
        Assert.That(explained, Is.EquivalentTo(new Dictionary<Porutham, int> { [Porutham.Vedha] = 528, [Porutham.Rajju] = 256 }));

        // Not understood; left as counts so that any change shows (see the report in Data/README.md):
        // dina — PyJHora passes counts 3, 5, 12, 14, 16, 21, 23, 25 (Vipat, Pratyari, Vadha taras) and fails most even taras
        // from 2, 6, 10 … 24 except for a few bride stars; rasi adhipati — half the pairs, no friendship table reproduces it;
        // gana — Rakshasa with Rakshasa fails when the bride is Krittika, Ashlesha, Magha or Chitra, passes otherwise.
        Assert.That(unexplained, Is.EquivalentTo(new Dictionary<Porutham, int>
        {
            [Porutham.Dina] = 6980, [Porutham.RasiAdhipati] = 5832, [Porutham.Gana] = 576,
        }));
    }

    /// <summary>
    /// Departures whose pattern is understood, though neither is a convention we know in print: vedha — PyJHora fails every
    /// pair of stars whose numbers sum to 19, 28 or 37 (the classical pairs are among them, but so are e.g. Ashwini–Revati
    /// and Chitra–Chitra); rajju — among Kantha stars PyJHora spares Shravana with every other Kantha star (either
    /// direction) and no other pair, where the arohana/avarohana rule spares each climbing–descending pair.
    /// </summary>
    private static bool IsKnownDeparture(Porutham porutham, Row row) => porutham switch
    {
        Porutham.Vedha => (row.Boy.Nakshatra + row.Girl.Nakshatra) is 19 or 28 or 37
            && !Vedha.Pierces(row.Boy.Nakshatra, row.Girl.Nakshatra),
        Porutham.Rajju => Rajjus.Of(row.Boy.Nakshatra) == Rajju.Kantha && Rajjus.Of(row.Girl.Nakshatra) == Rajju.Kantha,
        _ => false,
    };
}
