using System.Globalization;
using System.Xml.Linq;
using Jyotishika.Engine;
using Jyotishika.Server.Features.Charts.Pictures;
using Jyotishika.Server.Features.Charts;
using Jyotishika.Server.Tests.Infrastructure;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Tests.Unit.Charts.Pictures;

/// <summary>
/// Chart pictures read back as a program would: for random births, every style and several vargas, each graha (and the
/// ascendant) stands in the cell of the sign the JSON answer gives it in that varga, the houses count from the
/// ascendant's sign, and each style puts its fixed cell where the tradition draws it.
/// </summary>
public sealed class ChartSvgTests
{
    private const int Births = 24;
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly int[] Vargas = [1, 2, 3, 9, 10, 30, 60, 150];

    private static IEnumerable<TestCaseData> Cases() => Enum.GetValues<ChartStyle>()
        .SelectMany(style => Vargas.Select(varga => new TestCaseData(style, varga).SetName($"{{m}}({style}, D{varga})")));

    [TestCaseSource(nameof(Cases))]
    public async Task Every_point_stands_in_the_cell_of_the_sign_the_JSON_gives(ChartStyle style, int varga)
    {
        foreach (var request in RandomBirths(seed: varga * 31 + (int)style))
        {
            var (chart, answer) = await ComputeAsync(request, varga);
            var document = Parse(ChartSvg.Render(ChartPicture.Of(chart, varga), new ChartPictureOptions(style)));
            var expected = answer.DivisionalCharts.Single().Positions
                .ToDictionary(position => position.Ascendant ? "ASCENDANT" : position.Planet.ToString().ToUpperInvariant(), position => position.SignIndex);
            var ascendantSign = expected["ASCENDANT"];

            var cells = document.Root!.Elements(Svg + "g").ToList();
            Assert.That(cells.Select(cell => Attribute(cell, "data-house")).Order(), Is.EqualTo(Enumerable.Range(1, 12)));
            Assert.That(cells.Select(cell => Attribute(cell, "data-sign")).Order(), Is.EqualTo(Enumerable.Range(0, 12)));
            foreach (var cell in cells)
            {
                Assert.That(Attribute(cell, "data-house"), Is.EqualTo(((Attribute(cell, "data-sign") - ascendantSign + 12) % 12) + 1));
            }

            var placed = cells.SelectMany(cell => cell.Elements(Svg + "text")
                    .Where(text => text.Attribute("data-graha") is not null)
                    .Select(text => (Graha: text.Attribute("data-graha")!.Value, Sign: Attribute(cell, "data-sign"))))
                .ToDictionary(point => point.Graha, point => point.Sign);
            Assert.That(placed, Is.EquivalentTo(expected), $"{request.Datetime} at {request.Latitude}, {request.Longitude}");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Every_label_is_anchored_inside_its_own_cell_and_fits_the_picture(ChartStyle style, int varga)
    {
        foreach (var request in RandomBirths(seed: (varga * 17) + (int)style))
        {
            request.IncludeOuterPlanets = true;
            var (chart, _) = await ComputeAsync(request, varga);
            var document = Parse(ChartSvg.Render(ChartPicture.Of(chart, varga), new ChartPictureOptions(style, Size: 400)));
            foreach (var cell in document.Root!.Elements(Svg + "g"))
            {
                foreach (var text in cell.Elements(Svg + "text"))
                {
                    var (x, y) = (Number(text, "x"), Number(text, "y"));
                    Assert.That(CellAt(document, x, y, "data-sign"), Is.EqualTo(Attribute(cell, "data-sign")), text.Value);

                    // DejaVu Sans averages about 0.62 em a character; half the text each side of its middle (numbers are
                    // written to 0.01 px, hence the tolerance).
                    var halfWidth = text.Value.Length * 0.62 * Number(text, "font-size") / 2;
                    Assert.That(x - halfWidth, Is.GreaterThanOrEqualTo(-0.05), $"{text.Value} at {x} runs off the left edge");
                    Assert.That(x + halfWidth, Is.LessThanOrEqualTo(400.05), $"{text.Value} at {x} runs off the right edge");
                }
            }
        }
    }

    [Test]
    public async Task North_draws_the_ascendants_house_at_the_top_centre_and_counts_houses_counter_clockwise()
    {
        var document = await RenderPuneAsync(ChartStyle.North, 400);

        Assert.That(CellAt(document, 200, 80, "data-house"), Is.EqualTo(1));
        var (chart, _) = await ComputeAsync(ChartRequests.Pune1991(), 1);
        Assert.That(CellAt(document, 200, 80, "data-sign"), Is.EqualTo(ChartPicture.Of(chart, 1).AscendantSign));
        Assert.That(CellAt(document, 80, 200, "data-house"), Is.EqualTo(4), "house 4 is the left diamond");
        Assert.That(CellAt(document, 200, 320, "data-house"), Is.EqualTo(7), "house 7 is the bottom diamond");
        Assert.That(CellAt(document, 320, 200, "data-house"), Is.EqualTo(10), "house 10 is the right diamond");
        Assert.That(CellAt(document, 120, 30, "data-house"), Is.EqualTo(2), "house 2 is top left, beside house 1");
    }

    [Test]
    public async Task South_puts_Pisces_top_left_and_Aries_beside_it_running_clockwise()
    {
        var document = await RenderPuneAsync(ChartStyle.South, 400);

        Assert.That(CellAt(document, 50, 50, "data-sign"), Is.EqualTo(11));
        Assert.That(CellAt(document, 150, 50, "data-sign"), Is.EqualTo(0));
        Assert.That(CellAt(document, 350, 150, "data-sign"), Is.EqualTo(3), "Cancer on the right side");
        Assert.That(CellAt(document, 350, 350, "data-sign"), Is.EqualTo(5), "Virgo bottom right");
        Assert.That(CellAt(document, 50, 350, "data-sign"), Is.EqualTo(8), "Sagittarius bottom left");
    }

    [Test]
    public async Task East_puts_Aries_top_centre_and_runs_counter_clockwise()
    {
        var document = await RenderPuneAsync(ChartStyle.East, 300);

        Assert.That(CellAt(document, 150, 50, "data-sign"), Is.EqualTo(0));
        Assert.That(CellAt(document, 70, 20, "data-sign"), Is.EqualTo(1), "Taurus in the top-left corner's upper half");
        Assert.That(CellAt(document, 20, 70, "data-sign"), Is.EqualTo(2), "Gemini in its left half");
        Assert.That(CellAt(document, 50, 150, "data-sign"), Is.EqualTo(3), "Cancer at the left");
        Assert.That(CellAt(document, 150, 250, "data-sign"), Is.EqualTo(6), "Libra at the bottom");
        Assert.That(CellAt(document, 250, 150, "data-sign"), Is.EqualTo(9), "Capricorn at the right");
        Assert.That(CellAt(document, 230, 20, "data-sign"), Is.EqualTo(11), "Pisces in the top-right corner's upper half");
    }

    [Test]
    public async Task The_picture_is_self_contained_accessible_and_the_same_bytes_each_time()
    {
        var (chart, _) = await ComputeAsync(ChartRequests.Pune1991(), 9);
        var picture = ChartPicture.Of(chart, 9);
        var options = new ChartPictureOptions(ChartStyle.South, Language: LabelLanguage.Devanagari, Theme: PictureTheme.Dark);

        var bytes = ChartSvg.Render(picture, options);
        var root = Parse(bytes).Root!;

        Assert.That(ChartSvg.Render(picture, options), Is.EqualTo(bytes));
        Assert.That(root.Attribute("role")?.Value, Is.EqualTo("img"));
        Assert.That(root.Element(Svg + "title")?.Value, Is.EqualTo("Navamsa (D9) chart, South Indian style"));
        Assert.That(root.Element(Svg + "desc")?.Value, Does.Contain("1991-03-25T04:16:00Z").And.Contain("South Indian").And.Contain("D9"));
        Assert.That(root.Descendants().Select(element => element.Name.LocalName).Distinct(),
            Is.SubsetOf(new[] { "title", "desc", "rect", "g", "polygon", "text", "tspan" }));
        Assert.That(root.Descendants().SelectMany(element => element.Attributes()).Select(attribute => attribute.Name.LocalName),
            Has.None.EqualTo("href").And.None.StartsWith("on"));
        Assert.That(root.Descendants(Svg + "text").Single(text => text.Attribute("data-graha")?.Value == "SUN").Value, Does.StartWith("सू"));
    }

    [TestCase(0.0, "0°00′")]
    [TestCase(23.999, "23°59′")]
    [TestCase(7.5, "7°30′")]
    public void Degrees_are_written_as_almanacs_truncate_them(double degreeInSign, string written) =>
        Assert.That(ChartLabels.Degrees(degreeInSign), Is.EqualTo(written));

    private static async Task<(Chart Chart, Contract.ChartResponse Answer)> ComputeAsync(Contract.ChartRequest request, int varga)
    {
        var (input, _) = InProcessServices.Get<ChartRequestMapper>().Map(request);
        var chart = await InProcessServices.Get<ChartEngine>().ComputeAsync(input);
        var answer = await InProcessServices.Get<ChartComputation>().ComputeAsync(request, [varga], CancellationToken.None);
        return (chart, answer);
    }

    /// <summary>The rasi chart of the Pune 1991 birth in <paramref name="style"/>, <paramref name="size"/> pixels square.</summary>
    private static async Task<XDocument> RenderPuneAsync(ChartStyle style, int size)
    {
        var (chart, _) = await ComputeAsync(ChartRequests.Pune1991(), 1);
        return Parse(ChartSvg.Render(ChartPicture.Of(chart, 1), new ChartPictureOptions(style, Size: size)));
    }

    private static IEnumerable<Contract.ChartRequest> RandomBirths(int seed)
    {
        var random = new Random(seed);
        for (var birth = 0; birth < Births; birth++)
        {
            var instant = new DateTime(1900, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(random.Next(0, 200 * 366 * 24 * 60));
            yield return new Contract.ChartRequest
            {
                Datetime = instant.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
                Tz = "UTC",
                Latitude = Math.Round((random.NextDouble() * 120) - 60, 4),
                Longitude = Math.Round((random.NextDouble() * 360) - 180, 4),
            };
        }
    }

    private static XDocument Parse(byte[] svg)
    {
        using var stream = new MemoryStream(svg);
        return XDocument.Load(stream);
    }

    private static int Attribute(XElement element, string name) => int.Parse(element.Attribute(name)!.Value, CultureInfo.InvariantCulture);

    private static double Number(XElement element, string name) => double.Parse(element.Attribute(name)!.Value, CultureInfo.InvariantCulture);

    /// <summary>The cell whose outline holds the point (even-odd ray casting).</summary>
    private static int CellAt(XDocument document, double x, double y, string attribute)
    {
        var hits = document.Root!.Elements(Svg + "g").Where(cell =>
        {
            var corners = cell.Element(Svg + "polygon")!.Attribute("points")!.Value.Split(' ')
                .Select(pair => pair.Split(',').Select(value => double.Parse(value, CultureInfo.InvariantCulture)).ToArray()).ToArray();
            var inside = false;
            for (int i = 0, j = corners.Length - 1; i < corners.Length; j = i++)
            {
                if ((corners[i][1] > y) != (corners[j][1] > y)
                    && x < ((corners[j][0] - corners[i][0]) * (y - corners[i][1]) / (corners[j][1] - corners[i][1])) + corners[i][0])
                {
                    inside = !inside;
                }
            }

            return inside;
        }).ToList();
        Assert.That(hits, Has.Count.EqualTo(1), $"one cell holds ({x}, {y})");
        return Attribute(hits[0], attribute);
    }
}
