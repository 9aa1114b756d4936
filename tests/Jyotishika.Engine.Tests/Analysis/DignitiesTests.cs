using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Tests.Analysis;

/// <summary>The classical tables against BPHS ch. 3 as written out here, and the whole-sign counting of SignChart.</summary>
public sealed class DignitiesTests
{
    [TestCase(Graha.Sun, new[] { 4 })]
    [TestCase(Graha.Moon, new[] { 3 })]
    [TestCase(Graha.Mars, new[] { 0, 7 })]
    [TestCase(Graha.Mercury, new[] { 2, 5 })]
    [TestCase(Graha.Jupiter, new[] { 8, 11 })]
    [TestCase(Graha.Venus, new[] { 1, 6 })]
    [TestCase(Graha.Saturn, new[] { 9, 10 })]
    [TestCase(Graha.Rahu, new int[0])]
    public void Each_graha_rules_its_classical_signs(Graha graha, int[] signs) => Assert.That(Dignities.OwnSigns(graha), Is.EqualTo(signs));

    [TestCase(Graha.Sun, 0, 6)]
    [TestCase(Graha.Moon, 1, 7)]
    [TestCase(Graha.Mars, 9, 3)]
    [TestCase(Graha.Mercury, 5, 11)]
    [TestCase(Graha.Jupiter, 3, 9)]
    [TestCase(Graha.Venus, 11, 5)]
    [TestCase(Graha.Saturn, 6, 0)]
    public void Exaltation_and_debilitation_are_opposite(Graha graha, int exalted, int debilitated)
    {
        Assert.That(Dignities.IsExalted(graha, exalted), Is.True);
        Assert.That(Dignities.IsDebilitated(graha, debilitated), Is.True);
        Assert.That(Dignities.IsDebilitated(graha, exalted), Is.False);
    }

    [Test]
    public void Natural_friendship_is_not_symmetric_where_BPHS_says_so()
    {
        Assert.That(Dignities.RelationOf(Graha.Moon, Graha.Mercury), Is.EqualTo(NaturalRelation.Friend));
        Assert.That(Dignities.RelationOf(Graha.Mercury, Graha.Moon), Is.EqualTo(NaturalRelation.Enemy));
        Assert.That(Dignities.RelationOf(Graha.Sun, Graha.Saturn), Is.EqualTo(NaturalRelation.Enemy));
        Assert.That(Dignities.RelationOf(Graha.Saturn, Graha.Jupiter), Is.EqualTo(NaturalRelation.Neutral));
        Assert.That(Dignities.SevenGrahas.Count(other => other != Graha.Moon && Dignities.RelationOf(Graha.Moon, other) == NaturalRelation.Enemy), Is.Zero);
    }

    [TestCase(0, 0, 1)]
    [TestCase(0, 6, 7)]
    [TestCase(10, 1, 4)]
    [TestCase(11, 10, 12)]
    public void Houses_count_whole_signs_from_the_first_inclusive(int from, int to, int house)
    {
        Assert.That(SignChart.Houses.Count(from, to), Is.EqualTo(house));
        Assert.That(SignChart.Houses.SignAt(from, house), Is.EqualTo(to));
    }
}
