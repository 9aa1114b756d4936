namespace Jyotishika.Engine.Panchang.Day;

/// <summary>Conventions for the whole-day panchang and the natal Moon that tara and chandra bala are counted from.</summary>
public sealed record PanchangDayOptions
{
    public static PanchangDayOptions Default { get; } = new();

    /// <summary>Default <see cref="SamvatsaraConvention.SouthIndianLunar"/>.</summary>
    public SamvatsaraConvention Samvatsara { get; init; } = SamvatsaraConvention.SouthIndianLunar;

    /// <summary>Default <see cref="AyanaReckoning.SiderealSankranti"/>.</summary>
    public AyanaReckoning Ayana { get; init; } = AyanaReckoning.SiderealSankranti;

    /// <summary>1 (Ashwini) … 27 (Revati); when given, the day answers tara bala. Default none.</summary>
    public int? NatalNakshatra { get; init; }

    /// <summary>0 (Mesha) … 11 (Meena); when given, the day answers chandra bala. Default none.</summary>
    public int? NatalMoonSign { get; init; }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for an undefined convention or a natal value out of range.</summary>
    internal void Validate()
    {
        if (!Enum.IsDefined(Samvatsara))
        {
            throw new ArgumentOutOfRangeException(nameof(Samvatsara), Samvatsara, "Unknown samvatsara convention");
        }

        if (!Enum.IsDefined(Ayana))
        {
            throw new ArgumentOutOfRangeException(nameof(Ayana), Ayana, "Unknown ayana reckoning");
        }

        if (NatalNakshatra is < 1 or > Nakshatra.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(NatalNakshatra), NatalNakshatra, "A nakshatra is 1–27");
        }

        if (NatalMoonSign is < 0 or > 11)
        {
            throw new ArgumentOutOfRangeException(nameof(NatalMoonSign), NatalMoonSign, "A sign is 0–11");
        }
    }
}
