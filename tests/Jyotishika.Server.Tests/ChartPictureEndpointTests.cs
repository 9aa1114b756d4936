using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;
using SkiaSharp;

namespace Jyotishika.Server.Tests;

/// <summary>
/// RenderChart through the real server, as a browser app and a gRPC program use it: the GET form an &lt;img src&gt; can
/// name, the same picture by POST and by gRPC, HTTP caching, and PNGs that decode to the size asked for.
/// </summary>
public sealed class ChartPictureEndpointTests
{
    private const string PuneQuery =
        "birth.datetime=1991-03-25T09:46:00&birth.tz=Asia/Kolkata&birth.latitude=18.5204&birth.longitude=73.8567";

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [TestCase("NORTH", 1)]
    [TestCase("SOUTH", 9)]
    [TestCase("EAST", 60)]
    public async Task The_GET_picture_places_every_graha_where_the_chart_JSON_puts_it(string style, int varga)
    {
        using var picture = await ServerFixture.Rest.GetAsync($"/v1/chart:render?{PuneQuery}&birth.includeOuterPlanets=true&style={style}&varga={varga}");
        Assert.That(picture.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(picture.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/svg+xml"));
        var document = XDocument.Parse(await picture.Content.ReadAsStringAsync());

        var request = ChartRequests.Pune1991();
        request.IncludeOuterPlanets = true;
        request.Vargas.Add(varga);
        var chart = await new ChartService.ChartServiceClient(ServerFixture.Grpc).ComputeChartAsync(request);
        var expected = chart.DivisionalCharts.Single().Positions.ToDictionary(
            position => position.Ascendant ? "ASCENDANT" : position.Planet.ToString().ToUpperInvariant(), position => position.SignIndex);
        var drawn = document.Root!.Elements(Svg + "g").SelectMany(cell => cell.Elements(Svg + "text")
                .Where(text => text.Attribute("data-graha") is not null)
                .Select(text => (Key: text.Attribute("data-graha")!.Value, Sign: int.Parse(cell.Attribute("data-sign")!.Value, CultureInfo.InvariantCulture))))
            .ToDictionary(point => point.Key, point => point.Sign);

        Assert.That(expected, Has.Count.EqualTo(13), "nine grahas, three outer planets and the ascendant");
        Assert.That(drawn, Is.EquivalentTo(expected));
    }

    [Test]
    public async Task GET_POST_and_gRPC_answer_the_same_bytes()
    {
        var viaGet = await ServerFixture.Rest.GetByteArrayAsync($"/v1/chart:render?{PuneQuery}&style=SOUTH&varga=9&theme=DARK");
        var body = $$"""{"birth":{{ChartRequests.OlderSystemJson}},"style":"SOUTH","varga":9,"theme":"DARK"}""";
        using var posted = await ServerFixture.Rest.PostAsync("/v1/chart:render", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var request = new RenderChartRequest { Birth = ChartRequests.Pune1991(), Style = ChartStyle.South, Varga = 9, Theme = ChartTheme.Dark };
        var viaGrpc = await new ChartService.ChartServiceClient(ServerFixture.Grpc).RenderChartAsync(request);

        Assert.That(await posted.Content.ReadAsByteArrayAsync(), Is.EqualTo(viaGet));
        Assert.That(viaGrpc.ContentType, Is.EqualTo("image/svg+xml"));
        Assert.That(viaGrpc.Data.ToByteArray(), Is.EqualTo(viaGet));
    }

    [Test]
    public async Task A_picture_has_a_strong_ETag_and_a_current_copy_gets_304()
    {
        var target = $"/v1/chart:render?{PuneQuery}&varga=10";
        using var first = await ServerFixture.Rest.GetAsync(target);
        using var second = await ServerFixture.Rest.GetAsync(target);
        var tag = first.Headers.ETag;

        Assert.That(tag, Is.Not.Null);
        Assert.That(tag!.IsWeak, Is.False);
        Assert.That(second.Headers.ETag, Is.EqualTo(tag));
        Assert.That(first.Headers.CacheControl?.MaxAge, Is.EqualTo(TimeSpan.FromDays(1)));
        Assert.That(first.Headers.GetValues("Cross-Origin-Resource-Policy"), Is.EqualTo(new[] { "cross-origin" }),
            "a browser app on another origin may put the picture in an <img>");

        using var conditional = new HttpRequestMessage(HttpMethod.Get, target);
        conditional.Headers.IfNoneMatch.Add(tag);
        using var notModified = await ServerFixture.Rest.SendAsync(conditional);
        Assert.That(notModified.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That(await notModified.Content.ReadAsByteArrayAsync(), Is.Empty);
        Assert.That(notModified.Headers.ETag, Is.EqualTo(tag));

        using var other = new HttpRequestMessage(HttpMethod.Get, $"/v1/chart:render?{PuneQuery}&varga=9");
        other.Headers.IfNoneMatch.Add(tag);
        using var changed = await ServerFixture.Rest.SendAsync(other);
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK), "another varga is another picture");
        Assert.That(changed.Headers.ETag, Is.Not.EqualTo(tag));
    }

    [TestCase(160)]
    [TestCase(777)]
    [TestCase(2048)]
    public async Task A_PNG_decodes_at_the_requested_size(int size)
    {
        using var answer = await ServerFixture.Rest.GetAsync($"/v1/chart:render?{PuneQuery}&format=PNG&size={size}");
        Assert.That(answer.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
        using var image = SKBitmap.Decode(await answer.Content.ReadAsByteArrayAsync());

        Assert.That(image, Is.Not.Null);
        Assert.That((image.Width, image.Height), Is.EqualTo((size, size)));
    }

    [Test]
    public async Task The_PNG_draws_the_labels_with_the_shipped_fonts()
    {
        // Lines and the ascendant's shading are the same in all three; only the labels differ, so these comparisons fail
        // if text is not drawn at all (no font found) or Devanagari is drawn as the Latin font's missing-glyph boxes.
        var english = await PixelsAsync("language=ENGLISH&degrees=false");
        var withDegrees = await PixelsAsync("language=ENGLISH&degrees=true");
        var devanagari = await PixelsAsync("language=DEVANAGARI&degrees=false");

        Assert.That(Differing(english, withDegrees), Is.GreaterThan(500), "the degrees are drawn");
        Assert.That(Differing(english, devanagari), Is.GreaterThan(500), "the Devanagari labels are drawn, not the English ones");
    }

    [Test]
    public async Task Bad_choices_are_refused_naming_each_field()
    {
        var (status, body) = await RestErrors.GetAsync($"/v1/chart:render?{PuneQuery}&varga=301&size=159");

        Assert.That(status, Is.EqualTo(400));
        Assert.That(RestErrors.ViolatedFields(body), Is.EquivalentTo(new[] { "varga", "size" }));
    }

    private static async Task<SKColor[]> PixelsAsync(string options)
    {
        var bytes = await ServerFixture.Rest.GetByteArrayAsync($"/v1/chart:render?{PuneQuery}&format=PNG&size=400&{options}");
        using var image = SKBitmap.Decode(bytes);
        return image.Pixels;
    }

    private static int Differing(SKColor[] first, SKColor[] second) => first.Zip(second).Count(pair => pair.First != pair.Second);
}
