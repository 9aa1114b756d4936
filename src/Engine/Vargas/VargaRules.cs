namespace Jyotishika.Engine.Vargas;

/// <summary>
/// Sign rules of the named equal-part vargas. Inputs: <c>sign</c> 0..11 (0 = Aries) and <c>part</c> 0..n−1, the
/// equal part of the sign holding the longitude (k = floor(d·n/30)). "Odd" signs are Aries, Gemini … (even index);
/// movable/fixed/dual is index mod 3. Unless stated otherwise a rule is BPHS ch. 6 as summarised in the project's
/// swisseph notes; where BPHS is silent the default ("chart_method=1" unless noted) of PyJHora's
/// <c>jhora/horoscope/chart/charts.py</c>, which reproduces Jagannatha Hora, is used. Other programs offer alternative
/// methods for most vargas (even-sign reversal, parivritti variants); those are not the default anywhere we checked.
/// </summary>
internal static class VargaRules
{
    /// <summary>D5 parts in odd signs: Ar, Aq, Sg, Ge, Li (the Trimsamsa lords' signs, in equal 6° parts).</summary>
    private static readonly int[] PanchamsaOdd = [0, 10, 8, 2, 6];

    /// <summary>D5 parts in even signs: Ta, Vi, Pi, Cp, Sc.</summary>
    private static readonly int[] PanchamsaEven = [1, 5, 11, 9, 7];

    public static int SignOf(Varga varga, int sign, int part)
    {
        var odd = sign % 2 == 0;
        var modality = sign % 3; // 0 movable, 1 fixed, 2 dual.
        var result = varga switch
        {
            Varga.Rasi => sign,
            Varga.Hora => Hora(odd, part),
            Varga.Drekkana => sign + 4 * part,
            Varga.Chaturthamsa => sign + 3 * part,
            Varga.Panchamsa => odd ? PanchamsaOdd[part] : PanchamsaEven[part],
            Varga.Shashthamsa => Shashthamsa(odd, part),
            Varga.Saptamsa => odd ? sign + part : sign + 6 + part,
            Varga.Ashtamsa => Ashtamsa(modality, part),
            Varga.Dasamsa => odd ? sign + part : sign + 8 + part,
            Varga.Rudramsa => Rudramsa(sign, part),
            Varga.Dwadasamsa => sign + part,
            Varga.Shodasamsa => FromTrines(modality, part, fixedStart: 4, dualStart: 8),
            Varga.Vimsamsa => FromTrines(modality, part, fixedStart: 8, dualStart: 4),
            Varga.Chaturvimsamsa => odd ? 4 + part : 3 + part,
            Varga.Khavedamsa => odd ? part : 6 + part,
            Varga.Akshavedamsa => FromTrines(modality, part, fixedStart: 4, dualStart: 8),
            Varga.Shashtiamsa => sign + part,

            // Counted on from Aries through the whole zodiac, so the sign is the zodiac-wide part number mod 12.
            // For D27 this is BPHS's "from Ar, Cn, Li, Cp for fiery, earthy, airy, watery signs"; for D9 it is the
            // usual movable/fixed/dual (Ar, Cp, Li, Cn) start; D81, D108, D144: see the enum and DivisionalChart.
            Varga.Navamsa or Varga.Saptavimsamsa or Varga.NavaNavamsa or Varga.Ashtottaramsa or Varga.DwadasaDwadasamsa
                => sign * (int)varga + part,
            _ => throw new ArgumentOutOfRangeException(nameof(varga), varga, "no equal-part rule for this varga"),
        };
        return ((result % 12) + 12) % 12;
    }

    /// <summary>D2 (BPHS): odd signs Sun's hora (Leo) then Moon's (Cancer); even signs the reverse.</summary>
    private static int Hora(bool odd, int part) => odd == (part == 0) ? 4 : 3;

    /// <summary>
    /// D6 Shashthamsa: odd signs from Aries, even signs from Libra (PyJHora <c>shashthamsa_chart</c>, method 1
    /// "Traditional Parasara"; Jagannatha Hora's default). BPHS ch. 6 does not define D6; some programs use plain
    /// parivritti from Aries instead (PyJHora method 2).
    /// </summary>
    private static int Shashthamsa(bool odd, int part) => odd ? part : 6 + part;

    /// <summary>
    /// D8 Ashtamsa: movable signs from Aries, fixed from Sagittarius, dual from Leo (PyJHora <c>ashtamsa_chart</c>,
    /// method 1). Since 8 parts of each sign then continue one another, this equals parivritti D8 from Aries.
    /// </summary>
    private static int Ashtamsa(int modality, int part) => modality switch
    {
        0 => part,
        1 => 8 + part,
        _ => 4 + part,
    };

    /// <summary>
    /// D11 Rudramsa: part k of sign s goes to sign (k − s) mod 12, i.e. Aries starts from Aries, Taurus from Pisces,
    /// Gemini from Aquarius…, counting forward (PyJHora <c>rudramsa_chart</c> default, method 1 "Traditional Parasara
    /// (Sanjay Rath)"; Jagannatha Hora's default). B. V. Raman's Ekadasamsa counts anti-zodiacally instead
    /// (sign (s − 1 − k) mod 12, PyJHora method 2). BPHS ch. 6 does not define D11.
    /// </summary>
    private static int Rudramsa(int sign, int part) => part - sign;

    /// <summary>D16, D20, D45: movable signs start from Aries; fixed and dual from the trine given.</summary>
    private static int FromTrines(int modality, int part, int fixedStart, int dualStart) => modality switch
    {
        0 => part,
        1 => fixedStart + part,
        _ => dualStart + part,
    };
}
