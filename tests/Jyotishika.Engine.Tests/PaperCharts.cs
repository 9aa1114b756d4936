using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Tests;

/// <summary>
/// Sign charts written the way the reference data (PyJHora's tests) writes them: twelve entries, Aries first, each
/// listing what stands in that sign — graha numbers 0 = Sun … 6 = Saturn, 7 = Rahu, 8 = Ketu, and L for the ascendant —
/// joined by '/'. Signs only: every degree is null.
/// </summary>
internal static class PaperCharts
{
    public static SignChart Parse(params string[] signs)
    {
        Assert.That(signs, Has.Length.EqualTo(12));
        var ascendant = -1;
        var grahas = new Dictionary<Graha, SignPosition>();
        for (var sign = 0; sign < 12; sign++)
        {
            foreach (var token in signs[sign].Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                if (token == "L")
                {
                    ascendant = sign;
                }
                else
                {
                    grahas.Add((Graha)(int.Parse(token, System.Globalization.CultureInfo.InvariantCulture) + 1), new SignPosition(sign));
                }
            }
        }

        Assert.That(ascendant, Is.Not.EqualTo(-1));
        return new SignChart(ascendant, null, grahas);
    }

    /// <summary>A chart with the nine grahas at the given signs (Sun … Ketu) and the ascendant.</summary>
    public static SignChart Of(int ascendant, params int[] signs) =>
        new(ascendant, null, SignChart.NineGrahas.Zip(signs).ToDictionary(pair => pair.First, pair => new SignPosition(pair.Second)));
}
