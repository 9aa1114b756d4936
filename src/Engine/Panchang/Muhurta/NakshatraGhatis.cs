namespace Jyotishika.Engine.Panchang.Muhurta;

/// <summary>
/// Varjyam (tyajya, vishaghati) and amrita kalam: each lasts four of the sixty ghatis into which a nakshatra's own
/// duration is divided, starting at the ghati the table gives for the nakshatra. Tables: the Telugu nakshatra tyajya
/// / amrita-ghati table (teluguone.com astrology, "నక్షత్ర త్యాజ్యములు"), identical to K. Ramakumar, "Panchangam
/// Calculations" (PyJHora const.amrita_gadiya_varjyam_star_map, there in hours of a 24-hour nakshatra: ghati × 0.4);
/// the Hindi vishaghati list (jyotishkishore.blogspot.com, 2018) agrees except that it gives Mula only ghati 56.
/// </summary>
internal static class NakshatraGhatis
{
    internal const double Ghatis = 60;
    internal const double Length = 4;
    private const int Mula = 19;

    // Ashwini … Revati; Mula's second varjyam is separate.
    private static readonly int[] VarjyamStart =
        [50, 24, 30, 40, 14, 21, 30, 20, 32, 30, 20, 18, 21, 20, 14, 14, 10, 14, 20, 24, 20, 10, 10, 18, 16, 24, 30];

    private const int MulaSecondVarjyam = 56;

    private static readonly int[] AmritaStart =
        [42, 48, 54, 52, 38, 35, 54, 44, 56, 54, 44, 42, 45, 44, 38, 38, 34, 38, 44, 48, 44, 34, 34, 42, 40, 48, 54];

    /// <param name="nakshatra">1–27.</param>
    internal static IReadOnlyList<int> Varjyam(int nakshatra, MulaVarjyam mula) => nakshatra != Mula
        ? [VarjyamStart[nakshatra - 1]]
        : mula == MulaVarjyam.Both ? [VarjyamStart[Mula - 1], MulaSecondVarjyam] : [MulaSecondVarjyam];

    /// <param name="nakshatra">1–27.</param>
    internal static int Amrita(int nakshatra) => AmritaStart[nakshatra - 1];
}
