using Jyotishika.Engine.Aspects;
using Jyotishika.Engine.Tests.Ashtakavarga;

namespace Jyotishika.Engine.Tests.Aspects;

/// <summary>Jaimini rasi drishti (Upadesa Sutras 1.1.2–4), by hand for signs of each modality.</summary>
public sealed class RasiDrishtiTests
{
    // Cancer rising; Sun Aries, Moon Taurus, Mars Gemini, Mercury Cancer, Jupiter Leo, Venus Virgo, Saturn Libra,
    // Rahu Scorpio, Ketu Taurus.
    private static readonly Engine.Analysis.SignChart Chart = PaperCharts.Of(3, 0, 1, 2, 3, 4, 5, 6, 7, 1);

    [TestCase(0, new[] { 4, 7, 10 }, TestName = "Aries (movable) aspects Leo, Scorpio, Aquarius — not Taurus beside it")]
    [TestCase(3, new[] { 1, 7, 10 }, TestName = "Cancer (movable) aspects Taurus, Scorpio, Aquarius — not Leo beside it")]
    [TestCase(1, new[] { 3, 6, 9 }, TestName = "Taurus (fixed) aspects Cancer, Libra, Capricorn — not Aries beside it")]
    [TestCase(10, new[] { 0, 3, 6 }, TestName = "Aquarius (fixed) aspects Aries, Cancer, Libra — not Capricorn beside it")]
    [TestCase(2, new[] { 5, 8, 11 }, TestName = "Gemini (dual) aspects Virgo, Sagittarius, Pisces")]
    [TestCase(11, new[] { 2, 5, 8 }, TestName = "Pisces (dual) aspects Gemini, Virgo, Sagittarius")]
    public void Signs_aspect_by_modality(int sign, int[] aspected) =>
        Assert.That(RasiDrishti.Of(Chart)[sign].AspectedSigns, Is.EqualTo(aspected));

    [Test]
    public void Rasi_drishti_is_mutual_and_lists_twelve_signs_from_aries()
    {
        var aspects = RasiDrishti.Of(Chart);

        Assert.That(aspects.Select(aspect => aspect.Sign), Is.EqualTo(Enumerable.Range(0, 12)));
        foreach (var aspect in aspects)
        {
            Assert.That(aspect.AspectedSigns, Has.Count.EqualTo(3));
            Assert.That(aspect.AspectedSigns, Has.All.Matches<int>(other => aspects[other].AspectedSigns.Contains(aspect.Sign)));
        }
    }

    [Test]
    public void Grahas_in_a_sign_carry_its_aspects()
    {
        var aries = RasiDrishti.Of(Chart)[0];
        var taurus = RasiDrishti.Of(Chart)[1];

        Assert.Multiple(() =>
        {
            Assert.That(aries.Grahas, Is.EqualTo(new[] { Graha.Sun }));
            Assert.That(aries.AspectedGrahas, Is.EqualTo(new[] { Graha.Jupiter, Graha.Rahu }));
            Assert.That(taurus.Grahas, Is.EqualTo(new[] { Graha.Moon, Graha.Ketu }));
            Assert.That(taurus.AspectedGrahas, Is.EqualTo(new[] { Graha.Mercury, Graha.Saturn }));
        });
    }
}
