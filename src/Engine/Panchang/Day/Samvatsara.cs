namespace Jyotishika.Engine.Panchang.Day;

/// <summary>A year of the 60-year cycle.</summary>
/// <param name="Number">1 (Prabhava) … 60 (Akshaya).</param>
/// <param name="ShakaYear">The Shaka year in force under the convention (the Vikram year is 135 more, the Kali year 3179 more).</param>
public sealed record Samvatsara(int Number, string Name, SamvatsaraConvention Convention, int ShakaYear)
{
    /// <summary>The names in PyJHora's transliteration list (lang/list_values_en.txt, YEAR_LIST), in cycle order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "Prabhava", "Vibhava", "Shukla", "Pramoda", "Prajapati", "Angirasa", "Shrimukha", "Bhava", "Yuva", "Dhatri",
        "Ishvara", "Bahudhanya", "Pramathi", "Vikrama", "Vrisha", "Chitrabhanu", "Svabhanu", "Tarana", "Parthiva", "Vyaya",
        "Sarvajit", "Sarvadhari", "Virodhi", "Vikriti", "Khara", "Nandana", "Vijaya", "Jaya", "Manmatha", "Durmukhi",
        "Hevilambi", "Vilambi", "Vikari", "Sharvari", "Plava", "Shubhakrit", "Shobhakrit", "Krodhi", "Vishvavasu", "Parabhava",
        "Plavanga", "Kilaka", "Saumya", "Sadharana", "Virodhikrit", "Paridhavi", "Pramadi", "Ananda", "Rakshasa", "Anala",
        "Pingala", "Kalayukti", "Siddharthi", "Raudra", "Durmati", "Dundubhi", "Rudhirodgari", "Raktakshi", "Krodhana", "Akshaya",
    ];
}
