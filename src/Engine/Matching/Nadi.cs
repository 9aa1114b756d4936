namespace Jyotishika.Engine.Matching;

/// <summary>The three nadis; nakshatras run Adi, Madhya, Antya, Antya, Madhya, Adi and repeat (a zig-zag of six).</summary>
public enum Nadi
{
    Adi = 1,
    Madhya = 2,
    Antya = 3,
}

public static class Nadis
{
    private static readonly Nadi[] Cycle = [Nadi.Adi, Nadi.Madhya, Nadi.Antya, Nadi.Antya, Nadi.Madhya, Nadi.Adi];

    public static Nadi Of(int nakshatra) => Cycle[(nakshatra - 1) % Cycle.Length];
}
