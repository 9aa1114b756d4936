namespace Jyotishika.Engine.Strength;

/// <summary>
/// Drik (aspectual) bala, BPHS ch. 26 (sphuta drishti) and ch. 27, as Raman ch. 7 computes it: a quarter of the aspect
/// values the graha receives from the benefics minus those from the malefics (<see cref="GrahaNature"/>), among the
/// seven grahas.
/// </summary>
internal static class DrikBala
{
    /// <summary>
    /// Aspect value (virupas) of a graha on a point <paramref name="arc"/> degrees ahead of it (the drishti kendra):
    /// 0 up to 30°, then (d − 30)/2 to 60°, d − 45 to 90°, (120 − d)/2 + 30 to 120°, 150 − d to 150°, 2(d − 150) to
    /// 180°, (300 − d)/2 to 300°, 0 beyond. The special aspects add 15 to Mars at 90–120° and 210–240°, 30 to Jupiter at
    /// 120–150° and 240–270°, 45 to Saturn at 60–90° and 270–300°, which makes their 4th/8th, 5th/9th and 3rd/10th full.
    /// </summary>
    internal static double Aspect(Graha aspecting, double arc)
    {
        var d = Arc.Normalize(arc);
        var value = d switch
        {
            < 30 => 0.0,
            < 60 => (d - 30) / 2,
            < 90 => d - 45,
            < 120 => (120 - d) / 2 + 30,
            < 150 => 150 - d,
            < 180 => 2 * (d - 150),
            < 300 => (300 - d) / 2,
            _ => 0.0,
        };
        var special = aspecting switch
        {
            Graha.Mars when d is >= 90 and < 120 or >= 210 and < 240 => 15.0,
            Graha.Jupiter when d is >= 120 and < 150 or >= 240 and < 270 => 30.0,
            Graha.Saturn when d is >= 60 and < 90 or >= 270 and < 300 => 45.0,
            _ => 0.0,
        };
        return value + special;
    }

    internal static double Of(Graha graha, IReadOnlyDictionary<Graha, double> longitudes)
    {
        var sum = 0.0;
        foreach (var (other, from) in longitudes)
        {
            if (other == graha)
            {
                continue;
            }

            var value = Aspect(other, longitudes[graha] - from);
            sum += GrahaNature.IsBenefic(other, longitudes) ? value : -value;
        }

        return sum / 4.0;
    }
}
