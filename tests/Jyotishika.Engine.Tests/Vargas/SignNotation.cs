namespace Jyotishika.Engine.Tests.Vargas;

/// <summary>Two-letter sign abbreviations, so expected varga signs can be written out by hand as in the texts.</summary>
internal static class SignNotation
{
    private static readonly string[] Abbreviations = ["Ar", "Ta", "Ge", "Cn", "Le", "Vi", "Li", "Sc", "Sg", "Cp", "Aq", "Pi"];

    public static int Parse(string abbreviation)
    {
        var index = Array.IndexOf(Abbreviations, abbreviation);
        return index >= 0 ? index : throw new ArgumentException($"unknown sign '{abbreviation}'", nameof(abbreviation));
    }

    /// <summary>"Ar Le Sg" → [0, 4, 8].</summary>
    public static int[] ParseList(string signs) => [.. signs.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Parse)];

    public static string Name(int sign) => Abbreviations[sign];
}
