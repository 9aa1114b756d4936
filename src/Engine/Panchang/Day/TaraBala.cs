namespace Jyotishika.Engine.Panchang.Day;

/// <summary>
/// The tara of a nakshatra the Moon holds during the day, counted from the natal nakshatra.
/// </summary>
/// <param name="Tara">1 Janma, 2 Sampat, 3 Vipat, 4 Kshema, 5 Pratyari, 6 Sadhaka, 7 Vadha, 8 Mitra, 9 Parama Mitra.</param>
public sealed record TaraBala(int Nakshatra, int Tara, string Name, bool IsFavourable, DateTime Start, DateTime End);

/// <summary>
/// Tara bala: count from the natal nakshatra to the day's, inclusive, and cast out nines; the 3rd, 5th and 7th taras (Vipat,
/// Pratyari, Vadha) are to be avoided (B. V. Raman, Muhurtha or Electional Astrology, on
/// tarabala). Janma tara is mixed in the texts (shunned for journeys and medicine), so it is not counted favourable here.
/// </summary>
internal static class TaraBalaRule
{
    internal static IReadOnlyList<string> Names { get; } =
        ["Janma", "Sampat", "Vipat", "Kshema", "Pratyari", "Sadhaka", "Vadha", "Mitra", "Parama Mitra"];

    /// <param name="natal">1–27.</param>
    /// <param name="day">1–27.</param>
    internal static int Tara(int natal, int day) => (day - natal + Nakshatra.Count) % Nakshatra.Count % 9 + 1;

    internal static bool IsFavourable(int tara) => tara is 2 or 4 or 6 or 8 or 9;

    internal static TaraBala For(int natal, AngaSpan nakshatra)
    {
        var tara = Tara(natal, nakshatra.Number);
        return new TaraBala(nakshatra.Number, tara, Names[tara - 1], IsFavourable(tara), nakshatra.Start, nakshatra.End);
    }
}
