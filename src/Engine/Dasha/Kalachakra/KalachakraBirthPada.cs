namespace Jyotishika.Engine.Dasha.Kalachakra;

/// <summary>Where a birth enters the Kalachakra: the Moon's pada, its table and nine signs, and how much of it had run.</summary>
/// <param name="Signs">The pada's nine dasha signs, 0 = Aries … 11 = Pisces.</param>
/// <param name="Paramayus">The years of the nine signs together: the span of the whole pada.</param>
/// <param name="ElapsedFraction">Part of the pada the Moon had crossed, which is the part of the paramayus already run.</param>
public sealed record KalachakraBirthPada(
    Nakshatra Nakshatra, KalachakraGroup Group, IReadOnlyList<int> Signs, double Paramayus, double ElapsedFraction)
{
    public bool IsSavya => Group.IsSavya();

    public double ElapsedYears => ElapsedFraction * Paramayus;
}
