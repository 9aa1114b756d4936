namespace Jyotishika.Engine.Tajaka;

/// <summary>A Tajaka aspect, by the house the aspected sign is counted from the aspecting graha (PVR §28.2).</summary>
public enum TajakaAspect
{
    /// <summary>2nd and 12th houses: semi-sextile, neutral.</summary>
    SemiSextile = 1,

    /// <summary>3rd and 11th: sextile, weakly benefic.</summary>
    Sextile = 2,

    /// <summary>5th and 9th: trine, strongly benefic.</summary>
    Trine = 3,

    /// <summary>1st (the same sign): conjunction, strongly malefic.</summary>
    Conjunction = 4,

    /// <summary>4th and 10th: square, weakly malefic.</summary>
    Square = 5,

    /// <summary>7th: opposition, strongly malefic.</summary>
    Opposition = 6,
}

public static class TajakaAspects
{
    /// <summary>The aspect a graha in <paramref name="fromSign"/> casts on <paramref name="toSign"/> (whole signs; orbs aside).</summary>
    public static TajakaAspect Between(int fromSign, int toSign) => (((toSign - fromSign) % 12 + 12) % 12 + 1) switch
    {
        1 => TajakaAspect.Conjunction,
        3 or 11 => TajakaAspect.Sextile,
        5 or 9 => TajakaAspect.Trine,
        4 or 10 => TajakaAspect.Square,
        7 => TajakaAspect.Opposition,
        _ => TajakaAspect.SemiSextile,
    };

    public static bool IsBenefic(this TajakaAspect aspect) => aspect is TajakaAspect.Sextile or TajakaAspect.Trine;

    public static bool IsMalefic(this TajakaAspect aspect) =>
        aspect is TajakaAspect.Conjunction or TajakaAspect.Square or TajakaAspect.Opposition;
}
