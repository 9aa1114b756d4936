using System.Xml;
using Jyotishika.Engine;

namespace Jyotishika.Server.Features.Charts.Pictures;

/// <summary>
/// Draws a <see cref="ChartPicture"/> as SVG a program can read back: the root has role="img", a title and a desc naming
/// the birth, style and varga; each cell is a &lt;g&gt; with data-house (1–12 from the ascendant) and data-sign (0 =
/// Aries); each graha and the ascendant is a &lt;text&gt; with data-graha inside the cell it stands in. Attributes only
/// (no style sheet, script, link or foreignObject), and numbers in the invariant culture, so the same input gives the
/// same bytes.
/// </summary>
public static class ChartSvg
{
    private const string Namespace = "http://www.w3.org/2000/svg";
    private const double LineHeight = 1.25;

    /// <summary>The fonts the server ships (<see cref="ChartFonts"/>) first, so a browser draws what the PNG shows when it has them.</summary>
    private const string LatinFont = "DejaVu Sans, sans-serif";
    private const string DevanagariFont = "Noto Sans Devanagari, sans-serif";

    public static byte[] Render(ChartPicture picture, ChartPictureOptions options)
    {
        ArgumentNullException.ThrowIfNull(picture);
        ArgumentNullException.ThrowIfNull(options);
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), OmitXmlDeclaration = true };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            Write(xml, picture, options);
        }

        return buffer.ToArray();
    }

    private static void Write(XmlWriter xml, ChartPicture picture, ChartPictureOptions options)
    {
        var size = options.Size;
        var colours = Colours.For(options.Theme);
        xml.WriteStartElement("svg", Namespace);
        xml.WriteAttributeString("role", "img");
        xml.WriteAttributeString("width", Number(size));
        xml.WriteAttributeString("height", Number(size));
        // Half a line's width of margin on every side, so the outer frame is drawn whole rather than cut in half.
        var margin = LineWidth(size) / 2;
        xml.WriteAttributeString("viewBox", $"{Number(-margin)} {Number(-margin)} {Number(size + (2 * margin))} {Number(size + (2 * margin))}");
        xml.WriteAttributeString("font-family", LatinFont);
        xml.WriteElementString("title", Namespace, $"{picture.VargaName} chart, {ChartLabels.StyleName(options.Style)} style");
        xml.WriteElementString("desc", Namespace, Description(picture, options.Style));

        xml.WriteStartElement("rect", Namespace);
        xml.WriteAttributeString("width", Number(size));
        xml.WriteAttributeString("height", Number(size));
        xml.WriteAttributeString("fill", colours.Background);
        xml.WriteEndElement();

        foreach (var cell in ChartCells.For(options.Style, picture.AscendantSign))
        {
            WriteCell(xml, picture, cell, options, colours);
        }

        xml.WriteEndElement();
    }

    private static void WriteCell(XmlWriter xml, ChartPicture picture, ChartCell cell, ChartPictureOptions options, Colours colours)
    {
        var size = options.Size;
        xml.WriteStartElement("g", Namespace);
        xml.WriteAttributeString("data-house", Number(picture.HouseOf(cell.Sign)));
        xml.WriteAttributeString("data-sign", Number(cell.Sign));

        xml.WriteStartElement("polygon", Namespace);
        xml.WriteAttributeString("points", string.Join(' ', cell.Outline.Select(point => $"{Number(point.X * size)},{Number(point.Y * size)}")));
        xml.WriteAttributeString("fill", cell.Sign == picture.AscendantSign ? colours.AscendantFill : colours.Background);
        xml.WriteAttributeString("stroke", colours.Line);
        xml.WriteAttributeString("stroke-width", Number(LineWidth(size)));
        xml.WriteEndElement();

        var points = picture.Points.Where(point => point.Sign == cell.Sign).OrderBy(point => point.DegreeInSign).ToList();
        var labels = points.Select(point => LabelOf(point, options)).ToList();
        var layout = CellText.Place(cell, size, labels.Select(label => label.Length).ToList(), size / 32.0, LineHeight);

        // The sign's number (1 = Aries), as North Indian charts write it and the fixed-sign styles help readers with.
        WriteText(xml, layout.SignNumber.X, layout.SignNumber.Y, layout.FontSize * 0.75, colours.Faint,
            new Label(Number(cell.Sign + 1), string.Empty, IsDevanagari: false), graha: null, isSignNumber: true);
        for (var line = 0; line < points.Count; line++)
        {
            var point = points[line];
            WriteText(xml, layout.Labels[line].X, layout.Labels[line].Y, layout.FontSize,
                point.Graha is null ? colours.Ascendant : colours.Text, labels[line], point.Graha, isSignNumber: false);
        }

        xml.WriteEndElement();
    }

    private static void WriteText(
        XmlWriter xml, double x, double y, double fontSize, string fill, Label label, Graha? graha, bool isSignNumber)
    {
        xml.WriteStartElement("text", Namespace);
        if (!isSignNumber)
        {
            xml.WriteAttributeString("data-graha", ChartLabels.Key(graha));
        }

        xml.WriteAttributeString("x", Number(x));
        xml.WriteAttributeString("y", Number(y));
        xml.WriteAttributeString("font-size", Number(fontSize));
        xml.WriteAttributeString("text-anchor", "middle");
        xml.WriteAttributeString("dominant-baseline", "middle");
        xml.WriteAttributeString("fill", fill);
        if (label.IsDevanagari)
        {
            // Its own font for the Devanagari run: a renderer need not fall back glyph by glyph through the family list
            // (Skia, drawing the PNG, does not), and the Latin font has no Devanagari.
            xml.WriteStartElement("tspan", Namespace);
            xml.WriteAttributeString("font-family", DevanagariFont);
            xml.WriteString(label.Name);
            xml.WriteEndElement();
        }
        else
        {
            xml.WriteString(label.Name);
        }

        xml.WriteString(label.Detail);
        xml.WriteEndElement();
    }

    private static Label LabelOf(PicturedPoint point, ChartPictureOptions options)
    {
        var detail = options.Degrees ? " " + ChartLabels.Degrees(point.DegreeInSign) : string.Empty;

        // ℞ is the almanacs' retrograde sign; "(c)" marks a graha combust by the Sun.
        detail += (point.Retrograde ? " ℞" : string.Empty) + (point.Combust ? " (c)" : string.Empty);
        return new Label(ChartLabels.Abbreviation(point.Graha, options.Language), detail, options.Language == LabelLanguage.Devanagari);
    }

    /// <summary>A text line: the graha's (or sign's) name, in Devanagari or not, then its degree and marks.</summary>
    private sealed record Label(string Name, string Detail, bool IsDevanagari)
    {
        public int Length => Name.Length + Detail.Length;
    }

    private static string Description(ChartPicture picture, ChartStyle style)
    {
        var chart = picture.Chart;
        var latitude = string.Create(CultureInfo.InvariantCulture, $"{Math.Abs(chart.Latitude):0.####}° {(chart.Latitude < 0 ? 'S' : 'N')}");
        var longitude = string.Create(CultureInfo.InvariantCulture, $"{Math.Abs(chart.Longitude):0.####}° {(chart.Longitude < 0 ? 'W' : 'E')}");
        var instant = chart.UtcInstant.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return $"{picture.VargaName} chart in the {ChartLabels.StyleName(style)} style for a birth at {instant}, " +
            $"{latitude}, {longitude}; ascendant in {Zodiac.SignNames[picture.AscendantSign]}; " +
            $"{chart.Settings.Ayanamsha} ayanamsha.";
    }

    private static double LineWidth(int size) => size / 240.0;

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private sealed record Colours(string Background, string AscendantFill, string Line, string Text, string Ascendant, string Faint)
    {
        public static Colours For(PictureTheme theme) => theme == PictureTheme.Dark
            ? new Colours("#1b1b1f", "#2a2a33", "#c8c8d0", "#f0f0f0", "#ffb86b", "#9a9aa6")
            : new Colours("#ffffff", "#fff6e5", "#3a3a40", "#111111", "#a33a00", "#70707a");
    }
}
