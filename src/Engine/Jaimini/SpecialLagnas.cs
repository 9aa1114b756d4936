namespace Jyotishika.Engine.Jaimini;

/// <summary>
/// The special lagnas as arithmetic on the Sun and the time since sunrise (P. V. R. Narasimha Rao, "Vedic Astrology: An
/// Integrated Approach", ch. 5; BPHS ch. 3). Time before sunrise may be negative, as the book's Exercise 8 counts it.
/// </summary>
public static class SpecialLagnas
{
    /// <summary>One sign per 5 ghatis: 30° per 120 minutes.</summary>
    private const double BhavaDegreesPerMinute = 30.0 / 120;

    /// <summary>One sign per 2½ ghatis (one hora): 30° per 60 minutes.</summary>
    private const double HoraDegreesPerMinute = 30.0 / 60;

    /// <summary>One sign per ghati: 30° per 24 minutes.</summary>
    private const double GhatiDegreesPerMinute = 30.0 / 24;

    /// <summary>
    /// PyJHora's rate (<c>drik.vighati_lagna</c>, 15° per minute, one sign per 5 vighatis). Jagannatha Hora's printed value
    /// for PyJHora's test birth does not follow it, nor one sign per vighati; the tests record the gap.
    /// </summary>
    private const double VighatiDegreesPerMinute = 15;

    /// <summary>One sign per 15 vighatis, a vighati being 24 seconds: 30° per 6 minutes.</summary>
    private const double PranapadaDegreesPerMinute = 30.0 / 6;

    /// <summary>Narasimha Rao ch. 5.2: the Sun at sunrise advanced one sign per 5 ghatis since sunrise.</summary>
    public static double BhavaLagna(
        double sunAtSunrise, double minutesSinceSunrise, BhavaLagnaRate rate = BhavaLagnaRate.SignPerFiveGhatis) =>
        Advance(sunAtSunrise, minutesSinceSunrise, rate == BhavaLagnaRate.DegreePerMinute ? 1 : BhavaDegreesPerMinute);

    /// <summary>Narasimha Rao ch. 5.3: the Sun at sunrise advanced one sign per hour since sunrise.</summary>
    public static double HoraLagna(double sunAtSunrise, double minutesSinceSunrise) =>
        Advance(sunAtSunrise, minutesSinceSunrise, HoraDegreesPerMinute);

    /// <summary>Narasimha Rao ch. 5.4: the Sun at sunrise advanced one sign per ghati since sunrise.</summary>
    public static double GhatiLagna(double sunAtSunrise, double minutesSinceSunrise) =>
        Advance(sunAtSunrise, minutesSinceSunrise, GhatiDegreesPerMinute);

    /// <summary>The Sun at sunrise advanced 15° per minute since sunrise (see <see cref="VighatiDegreesPerMinute"/>).</summary>
    public static double VighatiLagna(double sunAtSunrise, double minutesSinceSunrise) =>
        Advance(sunAtSunrise, minutesSinceSunrise, VighatiDegreesPerMinute);

    /// <summary>
    /// Pranapada (BPHS ch. 3; Narasimha Rao ch. 5.5): the vighatis since sunrise as signs at 15 vighatis a sign, added to
    /// the Sun at birth when it is in a movable sign, to the 9th from it (+240°) in a fixed sign, to the 5th (+120°) in a
    /// dual sign.
    /// </summary>
    public static double Pranapada(double sunAtBirth, double minutesSinceSunrise)
    {
        var modalityOffset = (Zodiac.SignOf(sunAtBirth) % 3) switch
        {
            0 => 0.0,
            1 => 240.0,
            _ => 120.0,
        };
        return Advance(sunAtBirth + modalityOffset, minutesSinceSunrise, PranapadaDegreesPerMinute);
    }

    /// <summary>
    /// The Varnada lagna's sign (Narasimha Rao ch. 5.7, after B. V. Raman): count to the lagna's sign and to the hora
    /// lagna's, from Aries forward for an odd sign and from Pisces backward for an even one; add the counts when both signs
    /// are odd or both even, otherwise take their difference; count the result (12 for none) from Aries forward if the lagna
    /// is odd, from Pisces backward if even. Its degree is the lagna's.
    /// </summary>
    public static int VarnadaSign(int lagnaSign, int horaLagnaSign)
    {
        var lagnaIsOdd = IsOdd(lagnaSign);
        var lagnaCount = CountToSign(lagnaSign);
        var horaCount = CountToSign(horaLagnaSign);
        var combined = lagnaIsOdd == IsOdd(horaLagnaSign) ? lagnaCount + horaCount : Math.Abs(lagnaCount - horaCount);
        var count = combined % 12 == 0 ? 12 : combined % 12;
        return lagnaIsOdd ? count - 1 : 12 - count;
    }

    // Signs are 0 = Aries, so an odd sign (Aries, Gemini …) has an even index.
    private static bool IsOdd(int sign) => sign % 2 == 0;

    private static int CountToSign(int sign) => IsOdd(sign) ? sign + 1 : 12 - sign;

    private static double Advance(double start, double minutes, double degreesPerMinute) =>
        Arc.Normalize(start + minutes * degreesPerMinute);
}
