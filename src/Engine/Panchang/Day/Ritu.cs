namespace Jyotishika.Engine.Panchang.Day;

/// <summary>The six seasons of two months each.</summary>
public enum Ritu
{
    Vasanta = 1,
    Grishma = 2,
    Varsha = 3,
    Sharad = 4,
    Hemanta = 5,
    Shishira = 6,
}

/// <summary>Which two months make each season, reckoned by the Moon or by the Sun.</summary>
internal static class RituRule
{
    /// <summary>
    /// Taittiriya Samhita 4.4.11 names Madhu and Madhava (Chaitra and Vaishakha) the months of Vasanta, and so on in pairs;
    /// PyJHora drik.ritu ((maasa − 1) // 2) agrees.
    /// </summary>
    /// <param name="amantaMonth">1 (Chaitra) … 12 (Phalguna).</param>
    internal static Ritu Lunar(int amantaMonth) => (Ritu)((amantaMonth - 1) / 2 + 1);

    /// <summary>
    /// By the Sun's sidereal sign in pairs from Mesha: Mesha and Vrishabha (the Tamil solar months Chittirai and Vaikasi)
    /// are Vasanta. PyJHora vratha._sankalpa_mantra with const.ritu_per_solar_tamil_month (its default).
    /// </summary>
    /// <param name="sunSign">0 (Mesha) … 11 (Meena).</param>
    internal static Ritu Solar(int sunSign) => (Ritu)(sunSign / 2 + 1);
}
