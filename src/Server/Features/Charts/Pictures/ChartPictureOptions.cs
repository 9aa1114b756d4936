namespace Jyotishika.Server.Features.Charts.Pictures;

public enum LabelLanguage
{
    /// <summary>Two-letter English abbreviations (Su, Mo, Ma …) and "Asc".</summary>
    English = 1,

    /// <summary>The Sanskrit abbreviations in Devanagari (सू, चं, मं …) and "ल" for lagna.</summary>
    Devanagari = 2,
}

public enum PictureTheme
{
    Light = 1,
    Dark = 2,
}

/// <summary>How a chart picture is drawn; the defaults are the REST defaults.</summary>
/// <param name="Style">North, South or East Indian.</param>
/// <param name="Degrees">Whether each graha's degree in its varga sign is written beside it.</param>
/// <param name="Language">English or Devanagari abbreviations.</param>
/// <param name="Theme">Light or dark colours.</param>
/// <param name="Size">The side of the square picture in pixels.</param>
public sealed record ChartPictureOptions(
    ChartStyle Style = ChartStyle.North,
    bool Degrees = true,
    LabelLanguage Language = LabelLanguage.English,
    PictureTheme Theme = PictureTheme.Light,
    int Size = ChartPictureOptions.DefaultSize)
{
    public const int DefaultSize = 480;
}
