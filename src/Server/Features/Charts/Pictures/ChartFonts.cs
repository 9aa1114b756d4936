using Svg.Skia.TypefaceProviders;

namespace Jyotishika.Server.Features.Charts.Pictures;

/// <summary>
/// The fonts chart pictures are drawn with, shipped inside the server (DejaVu Sans for Latin text, digits, ° ′ ℞; Noto
/// Sans Devanagari for the Devanagari labels), so a PNG looks the same on every machine and needs no system font. Read
/// once; Skia typefaces are immutable and shared by every rendering.
/// </summary>
public static class ChartFonts
{
    private static readonly Lazy<IReadOnlyList<ITypefaceProvider>> Loaded = new(Load);

    public static IReadOnlyList<ITypefaceProvider> Providers => Loaded.Value;

    private static IReadOnlyList<ITypefaceProvider> Load() =>
    [
        FromResource("Fonts.DejaVuSans.ttf"),
        FromResource("Fonts.NotoSansDevanagari-Regular.ttf"),
    ];

    private static CustomTypefaceProvider FromResource(string name)
    {
        using var font = typeof(ChartFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font {name} is not embedded in the server.");
        return new CustomTypefaceProvider(font, 0);
    }
}
