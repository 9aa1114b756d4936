namespace Jyotishika.Engine.Matching;

/// <summary>The nine taras, the remainder of a nakshatra count divided by nine (Parama Mitra for remainder 0).</summary>
public enum Tara
{
    Janma = 1,
    Sampat = 2,
    Vipat = 3,
    Kshema = 4,
    Pratyari = 5,
    Sadhaka = 6,
    Vadha = 7,
    Mitra = 8,
    ParamaMitra = 9,
}

public static class Taras
{
    /// <summary>The tara of <paramref name="to"/> counted from <paramref name="from"/>, both counted inclusively.</summary>
    public static Tara Counted(int from, int to) => (Tara)((((to - from + Nakshatra.Count) % Nakshatra.Count) % 9) + 1);

    /// <summary>
    /// Vipat, Pratyari and Vadha (3rd, 5th, 7th) are the inauspicious taras (Muhurta Chintamani, Vivaha Prakarana, tara koota).
    /// </summary>
    public static bool IsInauspicious(Tara tara) => tara is Tara.Vipat or Tara.Pratyari or Tara.Vadha;

    /// <summary>1½ points for each direction whose tara is auspicious, so 3, 1½ or 0.</summary>
    public static double Score(Tara brideToGroom, Tara groomToBride) =>
        (IsInauspicious(brideToGroom) ? 0 : 1.5) + (IsInauspicious(groomToBride) ? 0 : 1.5);
}
