namespace Jyotishika.Engine.Matching;

/// <summary>
/// One koota's score and what it compared, so a reader can check the points by hand. <paramref name="Bride"/> and
/// <paramref name="Groom"/> are each side's attribute (for tara and bhakoot: the count from that person to the other).
/// </summary>
/// <param name="Relation">How the two attributes relate (e.g. "Friendly", "6/8"), or empty when the points say it all.</param>
public sealed record KootaResult(Koota Koota, double Points, string Bride, string Groom, string Relation)
{
    public double MaxPoints => (int)Koota;

    public string Name => Koota.ToString();
}
