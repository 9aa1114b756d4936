using Jyotishika.Engine.Dasha.Kalachakra;

namespace Jyotishika.Engine.Tests.Dasha.Kalachakra;

/// <summary>
/// BPHS ch. 46's gatis: Simhavalokana Pisces ↔ Scorpio and Sagittarius ↔ Aries, Manduka Virgo ↔ Cancer and Leo ↔ Gemini,
/// Markati Leo ↔ Cancer (the pairs also in the Malayalam verse on planetjyothisham.blogspot.com, 2014/11), read on the
/// sign runs of Ashwini's table.
/// </summary>
public sealed class KalachakraGatiTests
{
    private const KalachakraGati None = KalachakraGati.None;

    [Test]
    public void Ashwini_pada_1_runs_through_the_zodiac_without_a_jump()
    {
        var gatis = KalachakraGatis.Of(KalachakraDasha.BirthPada(1.0).Signs);

        Assert.That(gatis, Is.EqualTo(Enumerable.Repeat(None, 8)));
    }

    [Test]
    public void Ashwini_pada_2_glances_back_from_pisces_and_leaps_around_cancer_and_leo()
    {
        // Cp Aq Pi Sc Li Vi Cn Le Ge.
        var gatis = KalachakraGatis.Of(KalachakraDasha.BirthPada(5.0).Signs);

        Assert.That(gatis, Is.EqualTo(new[]
        {
            None, None, KalachakraGati.Simhavalokana, None, None, KalachakraGati.Manduka, KalachakraGati.Markati, KalachakraGati.Manduka,
        }));
    }

    [Test]
    public void Ashwini_pada_3_glances_from_sagittarius_to_aries()
    {
        // Ta Ar Pi Aq Cp Sg Ar Ta Ge.
        var gatis = KalachakraGatis.Of(KalachakraDasha.BirthPada(8.0).Signs);

        Assert.That(gatis, Is.EqualTo(new[] { None, None, None, None, None, KalachakraGati.Simhavalokana, None, None }));
    }
}
