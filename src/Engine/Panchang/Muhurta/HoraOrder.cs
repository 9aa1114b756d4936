namespace Jyotishika.Engine.Panchang.Muhurta;

/// <summary>
/// The planetary hours. The grahas in order of decreasing period — Saturn, Jupiter, Mars, Sun, Venus, Mercury, Moon
/// (Surya Siddhanta 12.78–79) — rule the hours in turn; the first hour after sunrise belongs to the weekday's lord, so
/// the 25th (next sunrise) lands on the next weekday's lord. PyJHora's const.shubha_hora_day_table and
/// shubha_hora_night_table list the same lords.
/// </summary>
internal static class HoraOrder
{
    internal const int HorasPerHalf = 12;

    private static readonly Graha[] Descending =
        [Graha.Saturn, Graha.Jupiter, Graha.Mars, Graha.Sun, Graha.Venus, Graha.Mercury, Graha.Moon];

    private static readonly Graha[] WeekdayLords =
        [Graha.Sun, Graha.Moon, Graha.Mars, Graha.Mercury, Graha.Jupiter, Graha.Venus, Graha.Saturn];

    internal static Graha WeekdayLord(Vaara vaara) => WeekdayLords[(int)vaara];

    /// <summary>The graha <paramref name="steps"/> places after the weekday lord in the descending order.</summary>
    internal static Graha After(Vaara vaara, int steps) =>
        Descending[(Array.IndexOf(Descending, WeekdayLord(vaara)) + steps) % Descending.Length];

    /// <param name="hora">0–23 counted from sunrise.</param>
    internal static Graha Lord(Vaara vaara, int hora) => After(vaara, hora);
}
