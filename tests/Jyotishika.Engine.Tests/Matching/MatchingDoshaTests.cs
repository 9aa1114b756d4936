using Jyotishika.Engine.Matching;

namespace Jyotishika.Engine.Tests.Matching;

/// <summary>Each dosha exception present, absent, and switched off; raw points never move.</summary>
public sealed class MatchingDoshaTests
{
    private static readonly AshtakootaOptions NoExceptions = new(Cancellations: DoshaCancellationRules.None);

    private static MatchingDosha Dosha(AshtakootaResult result, MatchingDoshaKind kind) =>
        result.Doshas.Single(dosha => dosha.Kind == kind);

    private static string[] Names(MatchingDosha dosha) => dosha.Cancellations.Select(cancellation => cancellation.Name).ToArray();

    /// <summary>Krittika 2 and Rohini 1: both Antya nadi, both in Taurus.</summary>
    [Test]
    public void Nadi_dosha_in_one_sign_from_two_nakshatras_is_cancelled()
    {
        var result = Ashtakoota.Match(bride: new MoonStar(3, 2), groom: new MoonStar(4, 1));

        Assert.That(result[Koota.Nadi].Points, Is.Zero);
        var strict = Ashtakoota.Match(new MoonStar(3, 2), new MoonStar(4, 1), NoExceptions);

        Assert.That(
            Names(Dosha(result, MatchingDoshaKind.Nadi)),
            Is.EqualTo(new[] { "Same Moon sign, different nakshatras", "Moon signs share one lord" }));
        Assert.That(Dosha(strict, MatchingDoshaKind.Nadi).IsCancelled, Is.False);
    }

    /// <summary>Krittika 1 (Aries) and Krittika 2 (Taurus).</summary>
    [Test]
    public void Nadi_dosha_in_one_nakshatra_across_two_signs_is_cancelled()
    {
        var dosha = Dosha(Ashtakoota.Match(bride: new MoonStar(3, 1), groom: new MoonStar(3, 2)), MatchingDoshaKind.Nadi);

        Assert.That(Names(dosha), Is.EqualTo(new[] { "Same nakshatra, different Moon signs", "Same nakshatra, different padas" }));
    }

    /// <summary>Ashwini 1 (Aries, Mars) and Ardra 1 (Gemini, Mercury): both Adi nadi, no exception.</summary>
    [Test]
    public void Nadi_dosha_without_an_exception_stands()
    {
        var result = Ashtakoota.Match(bride: new MoonStar(1, 1), groom: new MoonStar(6, 1));

        Assert.That(Dosha(result, MatchingDoshaKind.Nadi).IsCancelled, Is.False);
        Assert.That(result[Koota.Nadi].Points, Is.Zero);
    }

    /// <summary>Ashwini 1 (Aries) and Anuradha 1 (Scorpio): 6/8, both ruled by Mars.</summary>
    [Test]
    public void Bhakoot_dosha_with_one_sign_lord_is_cancelled_and_points_stay_zero()
    {
        var result = Ashtakoota.Match(bride: new MoonStar(1, 1), groom: new MoonStar(17, 1));

        Assert.That(result[Koota.Bhakoot], Is.EqualTo(new KootaResult(Koota.Bhakoot, 0, "8", "6", "6/8")));
        Assert.That(Names(Dosha(result, MatchingDoshaKind.Bhakoot)), Is.EqualTo(new[] { "Moon signs share one lord" }));
    }

    /// <summary>Ashwini 1 (Aries, Mars) and Revati 1 (Pisces, Jupiter): 2/12, lords mutual friends.</summary>
    [Test]
    public void Bhakoot_dosha_with_friendly_lords_is_cancelled_unless_switched_off()
    {
        var withRule = Ashtakoota.Match(bride: new MoonStar(1, 1), groom: new MoonStar(27, 1));
        var noFriends = new AshtakootaOptions(Cancellations: new DoshaCancellationRules(FriendlySignLords: false));
        var withoutRule = Ashtakoota.Match(new MoonStar(1, 1), new MoonStar(27, 1), noFriends);

        Assert.That(Names(Dosha(withRule, MatchingDoshaKind.Bhakoot)), Is.EqualTo(new[] { "Moon-sign lords are mutual friends" }));
        Assert.That(Dosha(withoutRule, MatchingDoshaKind.Bhakoot).IsCancelled, Is.False);
        Assert.That(withRule.TotalPoints, Is.EqualTo(withoutRule.TotalPoints));
    }

    /// <summary>Ashwini 1 (Aries, Mars) and Rohini 1 (Taurus, Venus): 2/12, lords neutral to each other.</summary>
    [Test]
    public void Bhakoot_dosha_with_neutral_lords_stands() =>
        Assert.That(Dosha(Ashtakoota.Match(new MoonStar(1, 1), new MoonStar(4, 1)), MatchingDoshaKind.Bhakoot).IsCancelled, Is.False);

    /// <summary>Rakshasa groom Krittika 1 with Deva bride Ashwini 1, both in Aries: bhakoot 7 and one lord.</summary>
    [Test]
    public void Gana_dosha_with_full_bhakoot_is_cancelled()
    {
        var result = Ashtakoota.Match(bride: new MoonStar(1, 1), groom: new MoonStar(3, 1));

        Assert.That(result[Koota.Gana].Points, Is.Zero);
        var strict = Ashtakoota.Match(new MoonStar(1, 1), new MoonStar(3, 1), NoExceptions);

        Assert.That(
            Names(Dosha(result, MatchingDoshaKind.Gana)),
            Is.EqualTo(new[] { "Moon signs share one lord", "Bhakoot scores in full" }));
        Assert.That(Dosha(strict, MatchingDoshaKind.Gana).IsCancelled, Is.False);
    }

    /// <summary>Rakshasa groom Vishakha 4 (Scorpio, Mars) with Manushya bride Ardra 1 (Gemini, Mercury): 6/8, Mars hostile.</summary>
    [Test]
    public void Gana_dosha_without_an_exception_stands() =>
        Assert.That(Dosha(Ashtakoota.Match(new MoonStar(6, 1), new MoonStar(16, 4)), MatchingDoshaKind.Gana).IsCancelled, Is.False);
}
