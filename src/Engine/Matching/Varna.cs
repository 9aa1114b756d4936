namespace Jyotishika.Engine.Matching;

/// <summary>The four varnas in rank order; the groom's varna should equal or exceed the bride's.</summary>
public enum Varna
{
    Shudra = 1,
    Vaishya = 2,
    Kshatriya = 3,
    Brahmin = 4,
}

/// <summary>Which of the earth and air triplicities is Vaishya; the water signs are Brahmin and the fire signs Kshatriya in both.</summary>
public enum VarnaSigns
{
    /// <summary>Taurus, Virgo, Capricorn Vaishya; Gemini, Libra, Aquarius Shudra (the assignment most matching manuals print).</summary>
    EarthVaishya = 1,

    /// <summary>Gemini, Libra, Aquarius Vaishya; Taurus, Virgo, Capricorn Shudra (as PyJHora's published North table).</summary>
    AirVaishya = 2,
}

public static class Varnas
{
    /// <summary>Varna of the Moon's sign (0 = Aries), by the sign's element.</summary>
    public static Varna Of(int sign, VarnaSigns convention) => (sign % 4) switch
    {
        0 => Varna.Kshatriya,
        3 => Varna.Brahmin,
        1 => convention == VarnaSigns.EarthVaishya ? Varna.Vaishya : Varna.Shudra,
        _ => convention == VarnaSigns.EarthVaishya ? Varna.Shudra : Varna.Vaishya,
    };
}
