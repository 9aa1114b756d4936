namespace Jyotishika.Engine.Panchang;

/// <summary>Names of tithis, yogas and karanas in the usual transliteration.</summary>
public static class AngaNames
{
    /// <summary>Tithis 1–14 of either paksha; 15 and 30 have their own names.</summary>
    public static IReadOnlyList<string> TithiNames { get; } =
    [
        "Pratipada", "Dwitiya", "Tritiya", "Chaturthi", "Panchami", "Shashthi", "Saptami", "Ashtami", "Navami",
        "Dashami", "Ekadashi", "Dwadashi", "Trayodashi", "Chaturdashi",
    ];

    public static IReadOnlyList<string> YogaNames { get; } =
    [
        "Vishkumbha", "Priti", "Ayushman", "Saubhagya", "Shobhana", "Atiganda", "Sukarma", "Dhriti", "Shula", "Ganda",
        "Vriddhi", "Dhruva", "Vyaghata", "Harshana", "Vajra", "Siddhi", "Vyatipata", "Variyan", "Parigha", "Shiva",
        "Siddha", "Sadhya", "Shubha", "Shukla", "Brahma", "Indra", "Vaidhriti",
    ];

    /// <summary>The seven movable karanas that repeat eight times from the second half of Shukla Pratipada.</summary>
    public static IReadOnlyList<string> MovableKaranas { get; } = ["Bava", "Balava", "Kaulava", "Taitila", "Gara", "Vanija", "Vishti"];

    /// <param name="number">1–30.</param>
    public static string Tithi(int number) => number switch
    {
        15 => "Purnima",
        30 => "Amavasya",
        _ => TithiNames[(number - 1) % 15],
    };

    /// <summary>
    /// Karana 1 (first half of Shukla Pratipada) is Kimstughna, 2–57 cycle through the movable seven, 58–60 are Shakuni,
    /// Chatushpada and Naga (the fixed karanas of the last 1½ tithis of Krishna paksha).
    /// </summary>
    /// <param name="number">1–60.</param>
    public static string Karana(int number) => number switch
    {
        1 => "Kimstughna",
        58 => "Shakuni",
        59 => "Chatushpada",
        60 => "Naga",
        _ => MovableKaranas[(number - 2) % 7],
    };
}
