namespace Jyotishika.Engine.Strength;

/// <summary>The parts of one bhava's strength, in virupas (shashtiamsas; 60 make a rupa).</summary>
/// <param name="Bhavadhipati">Shadbala total of the lord of the sign the bhava madhya falls in.</param>
/// <param name="Dig">Bhava dig bala, 0..60 by the madhya's sign type and the house it is in.</param>
/// <param name="Drishti">Bhava drishti bala: aspects of the seven grahas on the madhya; negative when malefics outweigh.</param>
public sealed record BhavaBalaComponents(double Bhavadhipati, double Dig, double Drishti)
{
    public double Total => Bhavadhipati + Dig + Drishti;
}

/// <summary>One house's bhava bala.</summary>
/// <param name="House">1..12.</param>
/// <param name="MadhyaLongitude">The bhava madhya (sidereal degrees) the components read.</param>
/// <param name="Lord">Lord of the madhya's sign, whose shadbala is the bhavadhipati bala.</param>
/// <param name="Components">Every part in virupas.</param>
/// <param name="TotalVirupas">The parts added.</param>
/// <param name="Rupas">Total in rupas (virupas / 60).</param>
public sealed record HouseStrength(
    int House, double MadhyaLongitude, Graha Lord, BhavaBalaComponents Components, double TotalVirupas, double Rupas);
