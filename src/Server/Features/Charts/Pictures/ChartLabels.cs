using Jyotishika.Engine;

namespace Jyotishika.Server.Features.Charts.Pictures;

/// <summary>The words a picture writes: graha abbreviations, style names and the data-graha keys.</summary>
public static class ChartLabels
{
    /// <summary>The key a program finds a graha by (data-graha): the contract's Planet name, SUN … PLUTO, or ASCENDANT.</summary>
    public static string Key(Graha? graha) => graha?.ToString().ToUpperInvariant() ?? "ASCENDANT";

    /// <summary>Sun … Pluto in <see cref="Graha"/> order: the Sanskrit names' first syllables, as Hindi almanacs print them.</summary>
    private static readonly string[] Devanagari = ["सू", "चं", "मं", "बु", "गु", "शु", "श", "रा", "के", "यू", "ने", "प्लू"];

    public static string Abbreviation(Graha? graha, LabelLanguage language) => graha switch
    {
        null => language == LabelLanguage.Devanagari ? "ल" : "Asc",
        { } named => language == LabelLanguage.Devanagari ? Devanagari[(int)named - 1] : named.ToString()[..2],
    };

    public static string StyleName(ChartStyle style) => style switch
    {
        ChartStyle.North => "North Indian",
        ChartStyle.South => "South Indian",
        ChartStyle.East => "East Indian",
        _ => style.ToString(),
    };

    /// <summary>Whole degrees and minutes within the sign, truncated as almanacs print them: 23°04′.</summary>
    public static string Degrees(double degreeInSign)
    {
        var minutes = (int)Math.Floor(degreeInSign * 60);
        return string.Create(CultureInfo.InvariantCulture, $"{minutes / 60}°{minutes % 60:00}′");
    }
}
