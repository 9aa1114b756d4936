using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Tests.Yogas;

/// <summary>
/// Charts written the way the tables read them: "Ar: Su=Le Mo=Cn Ma=Ar Me=Vi Ju=Sg Ve=Li Sa=Aq Ra=Ge", the ascendant's
/// sign first. Ketu is put opposite Rahu; without Ra the chart has no nodes. Signs only: the yogas here read no degrees.
/// </summary>
internal static class YogaCharts
{
    private static readonly string[] Signs = ["Ar", "Ta", "Ge", "Cn", "Le", "Vi", "Li", "Sc", "Sg", "Cp", "Aq", "Pi"];

    private static readonly Dictionary<string, Graha> Names = new()
    {
        ["Su"] = Graha.Sun, ["Mo"] = Graha.Moon, ["Ma"] = Graha.Mars, ["Me"] = Graha.Mercury,
        ["Ju"] = Graha.Jupiter, ["Ve"] = Graha.Venus, ["Sa"] = Graha.Saturn, ["Ra"] = Graha.Rahu,
    };

    public static SignChart Parse(string text)
    {
        var parts = text.Split(':', 2);
        var grahas = new Dictionary<Graha, SignPosition>();
        foreach (var placement in parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = placement.Split('=');
            grahas[Names[pair[0]]] = new SignPosition(Sign(pair[1]));
        }

        if (grahas.TryGetValue(Graha.Rahu, out var rahu))
        {
            grahas[Graha.Ketu] = new SignPosition((rahu.Sign + 6) % 12);
        }

        return new SignChart(Sign(parts[0].Trim()), null, grahas);
    }

    private static int Sign(string name) => Array.IndexOf(Signs, name) is var sign and >= 0
        ? sign
        : throw new ArgumentException($"Unknown sign {name}.", nameof(name));
}
