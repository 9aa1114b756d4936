using Jyotishika.Engine.Strength;

namespace Jyotishika.Engine.Tests.Strength;

/// <summary>Yuddha bala against BPHS ch. 27's rule on made-up strengths, so every number here is hand-checkable.</summary>
public sealed class YuddhaBalaTests
{
    private static ShadbalaComponents Parts(double sthana) =>
        new(sthana, 0, 0, 0, 0, Dig: 10, Nathonnatha: 5, Paksha: 5, Tribhaga: 0, Abda: 0, Masa: 0, Vara: 0, Hora: 0,
            Ayana: 40, Yuddha: 0, Cheshta: 30, Naisargika: 20, Drik: 3);

    private static GrahaPosition At(Graha graha, double longitude, double latitude) =>
        new(graha, Placement.Of(longitude), latitude, 1, 1, 1, false, false);

    private static (Dictionary<Graha, ShadbalaComponents>, Dictionary<Graha, GrahaPosition>) Sky(params (Graha Graha, double Longitude, double Latitude, double Sthana)[] grahas)
    {
        var all = new[] { Graha.Mars, Graha.Mercury, Graha.Jupiter, Graha.Venus, Graha.Saturn }
            .ToDictionary(g => g, g => (Graha: g, Longitude: 40.0 * (int)g + 100, Latitude: 0.0, Sthana: 100.0));
        foreach (var g in grahas)
        {
            all[g.Graha] = g;
        }

        return (all.ToDictionary(p => p.Key, p => Parts(p.Value.Sthana)),
            all.ToDictionary(p => p.Key, p => At(p.Key, p.Value.Longitude, p.Value.Latitude)));
    }

    [Test]
    public void Strength_difference_over_disc_difference_goes_to_the_northern_graha()
    {
        // Mars (sum 120 + 20 = 140) and Saturn (sum 100 + 20 = 120): 20 / (158 − 9.4) = 0.1346; Saturn is north.
        var (parts, grahas) = Sky((Graha.Mars, 10.0, -1.0, 120), (Graha.Saturn, 10.5, 0.5, 100));

        var war = YuddhaBala.Wars(parts, grahas, YuddhaVictor.NorthernLatitude).Single();

        Assert.Multiple(() =>
        {
            Assert.That(war.Victor, Is.EqualTo(Graha.Saturn));
            Assert.That(war.Vanquished, Is.EqualTo(Graha.Mars));
            Assert.That(war.Separation, Is.EqualTo(0.5).Within(1e-9));
            Assert.That(war.Virupas, Is.EqualTo(20 / 148.6).Within(1e-9));
            Assert.That(YuddhaBala.Of(Graha.Saturn, [war]), Is.EqualTo(20 / 148.6).Within(1e-9));
            Assert.That(YuddhaBala.Of(Graha.Mars, [war]), Is.EqualTo(-20 / 148.6).Within(1e-9));
            Assert.That(YuddhaBala.Of(Graha.Venus, [war]), Is.Zero);
        });
    }

    [Test]
    public void Ayana_cheshta_naisargika_and_drik_do_not_enter_the_sum() =>
        Assert.That(YuddhaBala.StrengthBeforeWar(Parts(100)), Is.EqualTo(100 + 10 + 5 + 5).Within(1e-9));

    [Test]
    public void The_other_rules_pick_the_stronger_or_the_graha_behind_across_zero_degrees()
    {
        // Venus at 359.8° is behind Jupiter at 0.3° (0.5° apart across Aries 0°); Jupiter is the stronger.
        var (parts, grahas) = Sky((Graha.Venus, 359.8, 2.0, 90), (Graha.Jupiter, 0.3, -2.0, 150));

        Assert.Multiple(() =>
        {
            Assert.That(YuddhaBala.Wars(parts, grahas, YuddhaVictor.GreaterStrength).Single().Victor, Is.EqualTo(Graha.Jupiter));
            Assert.That(YuddhaBala.Wars(parts, grahas, YuddhaVictor.LesserLongitude).Single().Victor, Is.EqualTo(Graha.Venus));
            Assert.That(YuddhaBala.Wars(parts, grahas, YuddhaVictor.NorthernLatitude).Single().Victor, Is.EqualTo(Graha.Venus));
            Assert.That(YuddhaBala.Wars(parts, grahas, YuddhaVictor.NorthernLatitude).Single().Virupas,
                Is.EqualTo(60 / (190.4 - 16.6)).Within(1e-9));
        });
    }

    [Test]
    public void A_graha_in_two_wars_takes_both_and_one_degree_apart_is_peace()
    {
        // Mercury fights Mars (0.5°) and Venus (0.75°); Mars and Venus are 1.25° apart, Saturn exactly 1° from Venus: no war.
        var (parts, grahas) = Sky(
            (Graha.Mars, 50.0, -1, 80), (Graha.Mercury, 50.5, 1, 100), (Graha.Venus, 51.25, 2, 130), (Graha.Saturn, 52.25, 3, 100));

        var wars = YuddhaBala.Wars(parts, grahas, YuddhaVictor.NorthernLatitude);

        Assert.Multiple(() =>
        {
            Assert.That(wars.Select(w => (w.Victor, w.Vanquished)),
                Is.EqualTo(new[] { (Graha.Mercury, Graha.Mars), (Graha.Venus, Graha.Mercury) }));

            // Mercury wins 20 / (9.4 − 6.6) from Mars and loses 30 / (16.6 − 6.6) to Venus.
            Assert.That(YuddhaBala.Of(Graha.Mercury, wars), Is.EqualTo(20 / 2.8 - 30 / 10.0).Within(1e-9));
            Assert.That(YuddhaBala.Of(Graha.Venus, wars), Is.EqualTo(3.0).Within(1e-9));
            Assert.That(YuddhaBala.Of(Graha.Saturn, wars), Is.Zero);
        });
    }
}
