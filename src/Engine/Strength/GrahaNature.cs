namespace Jyotishika.Engine.Strength;

/// <summary>Benefic or malefic, as paksha and drik bala read it (BPHS ch. 3; Raman ch. 5 and 7).</summary>
internal static class GrahaNature
{
    /// <summary>
    /// Jupiter and Venus are benefics; the Sun, Mars and Saturn malefics; the Moon is a benefic while waxing (less than
    /// 180° ahead of the Sun). Mercury is a benefic unless the malefics in its sign outnumber the benefics there:
    /// Raman's example counts Mercury beside the Sun as a malefic, V. P. Jain's counts Mercury beside Saturn and Jupiter
    /// as a benefic.
    /// </summary>
    internal static bool IsBenefic(Graha graha, IReadOnlyDictionary<Graha, double> longitudes)
    {
        switch (graha)
        {
            case Graha.Jupiter or Graha.Venus:
                return true;
            case Graha.Moon:
                return Arc.Normalize(longitudes[Graha.Moon] - longitudes[Graha.Sun]) < 180.0;
            case Graha.Mercury:
                var sign = Zodiac.SignOf(longitudes[Graha.Mercury]);
                var company = longitudes.Where(p => p.Key != Graha.Mercury && Zodiac.SignOf(p.Value) == sign).Select(p => p.Key).ToList();
                var malefics = company.Count(g => !IsBenefic(g, longitudes));
                return malefics <= company.Count - malefics;
            default:
                return false;
        }
    }
}
