using Jyotishika.Server.Features.Charts.Pictures;
using Jyotishika.Server.Platform.Requests;
using Jyotishika.Server.Tests.Infrastructure;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Tests.Unit.Charts.Pictures;

public sealed class ChartPictureRequestMapperTests
{
    private static ChartPictureRequestMapper Mapper => InProcessServices.Get<ChartPictureRequestMapper>();

    [Test]
    public void Unset_choices_take_the_REST_defaults()
    {
        var mapped = Mapper.Map(new Contract.RenderChartRequest { Birth = ChartRequests.Pune1991() });

        Assert.That(mapped.Division, Is.EqualTo(1));
        Assert.That(mapped.Format, Is.EqualTo(PictureFormat.Svg));
        Assert.That(mapped.Options, Is.EqualTo(new ChartPictureOptions(ChartStyle.North, true, LabelLanguage.English, PictureTheme.Light, 480)));
    }

    [Test]
    public void Set_choices_are_taken_as_given()
    {
        var mapped = Mapper.Map(new Contract.RenderChartRequest
        {
            Birth = ChartRequests.Pune1991(), Style = Contract.ChartStyle.East, Varga = 300, Format = Contract.ImageFormat.Png,
            Degrees = false, Language = Contract.LabelLanguage.Devanagari, Theme = Contract.ChartTheme.Dark, Size = 2048,
        });

        Assert.That(mapped.Division, Is.EqualTo(300));
        Assert.That(mapped.Format, Is.EqualTo(PictureFormat.Png));
        Assert.That(mapped.Options, Is.EqualTo(new ChartPictureOptions(ChartStyle.East, false, LabelLanguage.Devanagari, PictureTheme.Dark, 2048)));
    }

    [Test]
    public void Every_bad_field_is_named_at_once_the_births_under_birth()
    {
        var birth = ChartRequests.Pune1991();
        birth.Latitude = 91;
        birth.Tz = "Mars/Olympus_Mons";
        var request = new Contract.RenderChartRequest
        {
            Birth = birth, Style = (Contract.ChartStyle)9, Varga = 0, Format = (Contract.ImageFormat)3,
            Language = (Contract.LabelLanguage)3, Theme = (Contract.ChartTheme)3, Size = 159,
        };

        var refused = Assert.Throws<InvalidRequestException>(() => Mapper.Map(request))!;

        Assert.That(refused.Violations.Select(violation => violation.Field), Is.EquivalentTo(new[]
        {
            "birth.latitude", "birth.tz", "style", "varga", "format", "language", "theme", "size",
        }));
    }

    [TestCase(160, true)]
    [TestCase(2048, true)]
    [TestCase(2049, false)]
    [TestCase(-480, false)]
    public void Sizes_are_held_to_their_bounds(int size, bool accepted)
    {
        var request = new Contract.RenderChartRequest { Birth = ChartRequests.Pune1991(), Size = size };

        Assert.That(() => Mapper.Map(request), accepted ? Throws.Nothing : Throws.TypeOf<InvalidRequestException>());
    }

    [Test]
    public void A_request_without_a_birth_is_refused_naming_birth()
    {
        var refused = Assert.Throws<InvalidRequestException>(() => Mapper.Map(new Contract.RenderChartRequest { Varga = 9 }))!;

        Assert.That(refused.Violations.Single().Field, Is.EqualTo("birth"));
    }
}
