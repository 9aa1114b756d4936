namespace Jyotishika.Engine.Matching;

/// <summary>The eight kootas in order, their total out of 36, the doshas found, and the options that produced them.</summary>
public sealed record AshtakootaResult(
    MoonStar Bride,
    MoonStar Groom,
    AshtakootaOptions Options,
    IReadOnlyList<KootaResult> Kootas,
    IReadOnlyList<MatchingDosha> Doshas)
{
    public const double MaxPoints = 36;

    /// <summary>The raw sum of the eight kootas; cancellations never change it.</summary>
    public double TotalPoints => Kootas.Sum(koota => koota.Points);

    public KootaResult this[Koota koota] => Kootas[(int)koota - 1];
}
