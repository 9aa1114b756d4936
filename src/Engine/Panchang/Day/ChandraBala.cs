namespace Jyotishika.Engine.Panchang.Day;

/// <summary>The Moon's sign during part of the day and its house from the natal Moon sign.</summary>
/// <param name="MoonSign">0 (Mesha) … 11 (Meena).</param>
/// <param name="House">1–12, the Moon's sign counted from the natal Moon sign (1 = the same sign).</param>
public sealed record ChandraBala(int MoonSign, int House, bool IsFavourable, DateTime Start, DateTime End);

/// <summary>
/// Chandra bala: the transiting Moon is good in the 1st, 3rd, 6th, 7th, 10th and 11th signs from the natal Moon
/// (B. V. Raman, Muhurtha or Electional Astrology, on chandrabala). Some texts also admit the 2nd, 5th and 9th in the
/// bright fortnight; that refinement is not applied.
/// </summary>
internal static class ChandraBalaRule
{
    /// <param name="natalSign">0–11.</param>
    /// <param name="moonSign">0–11.</param>
    internal static int House(int natalSign, int moonSign) => (moonSign - natalSign + 12) % 12 + 1;

    internal static bool IsFavourable(int house) => house is 1 or 3 or 6 or 7 or 10 or 11;

    /// <param name="moonSign">A span of the Moon's sign numbered 1 (Mesha) … 12.</param>
    internal static ChandraBala For(int natalSign, AngaSpan moonSign)
    {
        var sign = moonSign.Number - 1;
        var house = House(natalSign, sign);
        return new ChandraBala(sign, house, IsFavourable(house), moonSign.Start, moonSign.End);
    }
}
