using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Tests.Jaimini;

/// <summary>
/// Charts written as PyJHora's tests write them: the occupants of each sign, Aries first, with PyJHora's graha numbers
/// (0 Sun, 1 Moon, 2 Mars, 3 Mercury, 4 Jupiter, 5 Venus, 6 Saturn, 7 Rahu, 8 Ketu) and "L" for the ascendant, separated by
/// "/". Signs only: every degree is null.
/// </summary>
internal static class PyJHoraCharts
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
                    grahas[SignChart.NineGrahas[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)]] = new SignPosition(sign);
                }
            }
        }

        return new SignChart(ascendant, null, grahas);
    }
}
