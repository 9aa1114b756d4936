namespace Jyotishika.Engine.Panchang.Muhurta;

/// <summary>
/// Which of the fifteen muhurtas of daytime (or, for Tuesday's second, of the night) are durmuhurta, by weekday. The
/// muhurta is a fifteenth of its day part. See <see cref="DurmuhurtaTable"/> for the sources.
/// </summary>
internal static class DurmuhurtaMuhurtas
{
    internal const int MuhurtasPerHalf = 15;

    internal static IReadOnlyList<(int Muhurta, DayPart Part)> Of(Vaara vaara, DurmuhurtaTable table) => vaara switch
    {
        Vaara.Ravivara => [(14, DayPart.Day)],
        Vaara.Somavara => [(9, DayPart.Day), (12, DayPart.Day)],
        Vaara.Mangalavara => [(4, DayPart.Day), (7, DayPart.Night)],
        Vaara.Budhavara => [(8, DayPart.Day)],
        Vaara.Guruvara => [(6, DayPart.Day), (12, DayPart.Day)],
        Vaara.Shukravara => [(4, DayPart.Day), (9, DayPart.Day)],
        _ => table == DurmuhurtaTable.KaranamRamakumar ? [(3, DayPart.Day)] : [(1, DayPart.Day), (2, DayPart.Day)],
    };
}
