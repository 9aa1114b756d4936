namespace Jyotishika.Engine.Dasha.Kalachakra;

/// <summary>
/// Kalachakra dasha (BPHS ch. 46; P. V. R. Narasimha Rao, "Vedic Astrology: An Integrated Approach", Kalachakra dasa):
/// the Moon's nakshatra pada picks one of four tables of nine signs; the pada's paramayus (the nine signs' years) is
/// spread over the pada's arc, so the part of the pada the Moon has crossed is the part of the paramayus already run.
/// The dashas then walk on through the following padas' signs.
/// </summary>
public static class KalachakraDasha
{
    /// <summary>The dasha tree of a birth whose Moon stands at the sidereal <paramref name="moonLongitude"/>.</summary>
    public static IDashaTree Tree(double moonLongitude, KalachakraOptions? options = null)
    {
        var resolved = options ?? KalachakraOptions.Default;
        var chakra = new KalachakraChakra(resolved);
        var pada = BirthPada(moonLongitude, resolved);
        var padaIndex = Arc.Segment(moonLongitude, KalachakraChakra.PadaCount);

        // The running dasha is the first whose end lies beyond the years already run (Rao, Example 95: 0.75 of Rohini
        // pada 2's 83 years is 62.25, past Virgo, Libra, Scorpio, Pisces, Aquarius, Capricorn, Sagittarius (60) and
        // inside Scorpio, which has 4.75 of its 7 years left).
        var elapsed = pada.ElapsedYears;
        var ended = 0.0;
        for (var index = 0; index < pada.Signs.Count; index++)
        {
            var years = KalachakraTable.Years(pada.Signs[index]);
            if (ended + years > elapsed || index == pada.Signs.Count - 1)
            {
                return new KalachakraTree(chakra, new ChakraPosition(padaIndex, index), Math.Min(elapsed - ended, years));
            }

            ended += years;
        }

        throw new InvalidOperationException("A pada has nine signs");
    }

    /// <summary>The Moon's pada, its table and its paramayus, for the response's audit block.</summary>
    public static KalachakraBirthPada BirthPada(double moonLongitude, KalachakraOptions? options = null)
    {
        var resolved = options ?? KalachakraOptions.Default;
        var chakra = new KalachakraChakra(resolved);
        var padaIndex = Arc.Segment(moonLongitude, KalachakraChakra.PadaCount);
        var fraction = Arc.OffsetInSegment(moonLongitude, KalachakraChakra.PadaCount) / (360.0 / KalachakraChakra.PadaCount);
        var group = chakra.GroupOf(padaIndex);
        var pada = padaIndex % KalachakraTable.PadasPerNakshatra;
        return new KalachakraBirthPada(
            Nakshatra.Of(moonLongitude), group, KalachakraTable.Signs(group, pada), KalachakraTable.Paramayus(group, pada), fraction);
    }
}
