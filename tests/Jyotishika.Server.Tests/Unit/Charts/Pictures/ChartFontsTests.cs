using Jyotishika.Engine;
using Jyotishika.Server.Features.Charts.Pictures;
using SkiaSharp;

namespace Jyotishika.Server.Tests.Unit.Charts.Pictures;

/// <summary>The shipped fonts hold every character a picture writes, so a PNG never shows a missing-glyph box.</summary>
public sealed class ChartFontsTests
{
    [Test]
    public void The_Latin_font_has_every_English_label_digit_and_mark()
    {
        var text = string.Concat(Labels(LabelLanguage.English)) + "0123456789°′℞ (c)";

        Assert.That(Missing(Typeface("DejaVu Sans"), text), Is.Empty);
    }

    [Test]
    public void The_Devanagari_font_has_every_Devanagari_label()
    {
        var text = string.Concat(Labels(LabelLanguage.Devanagari));

        Assert.That(text.Any(c => c is >= '\u0900' and <= '\u097F'), Is.True);
        Assert.That(Missing(Typeface("Noto Sans Devanagari"), text), Is.Empty);
    }

    private static IEnumerable<string> Labels(LabelLanguage language) =>
        Enum.GetValues<Graha>().Select(graha => ChartLabels.Abbreviation(graha, language)).Append(ChartLabels.Abbreviation(null, language));

    private static SKTypeface Typeface(string family)
    {
        var typeface = ChartFonts.Providers
            .Select(provider => provider.FromFamilyName(family, SKFontStyleWeight.Normal, SKFontStyleWidth.Normal, SKFontStyleSlant.Upright))
            .FirstOrDefault(found => found is not null);
        Assert.That(typeface?.FamilyName, Is.EqualTo(family), $"{family} is shipped");
        return typeface!;
    }

    private static string Missing(SKTypeface typeface, string text)
    {
        using var font = new SKFont(typeface);
        return string.Concat(text.Where(c => c != ' ' && font.GetGlyph(c) == 0).Distinct());
    }
}
