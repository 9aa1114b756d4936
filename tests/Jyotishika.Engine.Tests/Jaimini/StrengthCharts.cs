using System.Globalization;
using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Tests.Jaimini;

/// <summary>
/// Hand-made charts for the strength rules: "Su=Le Mo=Ta@12.5 …", all nine grahas with the sign's short name and an
/// optional degree in sign. The ascendant is Aries; no strength rule reads it.
/// </summary>
internal static class StrengthCharts
{
    private static readonly string[] Signs = ["Ar", "Ta", "Ge", "Cn", "Le", "Vi", "Li", "Sc", "Sg", "Cp", "Aq", "Pi"];

    private static readonly string[] Names = ["Su", "Mo", "Ma", "Me", "Ju", "Ve", "Sa", "Ra", "Ke"];

    public static SignChart Parse(string text)
    {
        var grahas = new Dictionary<Graha, SignPosition>();
        foreach (var placement in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = placement.Split('=');
            var where = pair[1].Split('@');
            double? degree = where.Length > 1 ? double.Parse(where[1], CultureInfo.InvariantCulture) : null;
            grahas[SignChart.NineGrahas[Array.IndexOf(Names, pair[0])]] = new SignPosition(Array.IndexOf(Signs, where[0]), degree);
        }

        Assert.That(grahas, Has.Count.EqualTo(9), text);
        return new SignChart(0, null, grahas);
    }
}
