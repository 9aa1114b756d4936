namespace Jyotishika.Engine.Panchang.Muhurta;

/// <summary>
/// Choghadiyas: daytime and night each in eight equal parts, each part named after its lord (Sun Udveg, Moon Amrit,
/// Mars Rog, Mercury Labh, Jupiter Shubh, Venus Char, Saturn Kaal). By day the parts follow the hora order from the
/// weekday lord; by night they start five places on in that order and step five places each time; in both the eighth
/// part repeats the first. This reproduces the Gujarati almanac tables (e.g. Monday: Amrit, Kaal, Shubh, Rog, Udveg,
/// Char, Labh, Amrit; night Char, Rog, Kaal, Labh, Udveg, Shubh, Amrit, Char) and PyJHora's
/// const.gauri_choghadiya_day_table / gauri_choghadiya_night_table. Amrit, Shubh and Labh are good; Udveg, Rog and
/// Kaal bad; Char is the one the sources rate differently (<see cref="MuhurtaOptions.CharQuality"/>).
/// </summary>
internal static class ChoghadiyaTable
{
    internal const int PartsPerHalf = 8;
    private const int NightStep = 5;

    internal static ChoghadiyaName Name(Vaara vaara, DayPart part, int index) => OfLord(part == DayPart.Day
        ? HoraOrder.After(vaara, index % 7)
        : HoraOrder.After(vaara, NightStep * (index % 7 + 1)));

    internal static PeriodQuality Quality(ChoghadiyaName name, PeriodQuality charQuality) => name switch
    {
        ChoghadiyaName.Amrit or ChoghadiyaName.Shubh or ChoghadiyaName.Labh => PeriodQuality.Good,
        ChoghadiyaName.Char => charQuality,
        _ => PeriodQuality.Bad,
    };

    private static ChoghadiyaName OfLord(Graha lord) => lord switch
    {
        Graha.Sun => ChoghadiyaName.Udveg,
        Graha.Moon => ChoghadiyaName.Amrit,
        Graha.Mars => ChoghadiyaName.Rog,
        Graha.Mercury => ChoghadiyaName.Labh,
        Graha.Jupiter => ChoghadiyaName.Shubh,
        Graha.Venus => ChoghadiyaName.Char,
        _ => ChoghadiyaName.Kaal,
    };
}
