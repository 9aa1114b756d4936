using Jyotishika.Engine.Matching;

namespace Jyotishika.Engine.Tests.Matching;

/// <summary>South Indian poruthams worked by hand, and each option.</summary>
public sealed class PoruthamTests
{
    private static readonly MoonStar Ashwini1 = new(1, 1);

    /// <summary>
    /// Bride Ashwini 1, groom Bharani 1 (both Aries). Count bride → groom 2: dina Sampat, agrees; mahendra and stree
    /// deergha fail (2 is neither 4, 7 … nor at least 8). Gana Deva/Manushya agrees; yoni Horse/Elephant neutral, agrees;
    /// rasi 1st from hers, not beyond the 6th, fails; one lord (Mars), adhipati agrees; Aries does not hold Aries, vasya
    /// fails; rajju Pada/Kati agrees; no vedha. Six of ten.
    /// </summary>
    [Test]
    public void Ashwini_bride_with_Bharani_groom_worked_by_hand()
    {
        var result = Poruthams.Match(bride: Ashwini1, groom: new MoonStar(2, 1));

        Assert.That(result.Poruthams.Where(porutham => porutham.Agrees).Select(porutham => porutham.Porutham), Is.EqualTo(new[]
        {
            Porutham.Dina, Porutham.Gana, Porutham.Yoni, Porutham.RasiAdhipati, Porutham.Rajju, Porutham.Vedha,
        }));
        Assert.That(result.Agreements, Is.EqualTo(6));
    }

    /// <summary>Ashwini (Pada rajju, climbing) and Ashlesha (Pada rajju, descending).</summary>
    [TestCase(true, true)]
    [TestCase(false, false)]
    public void Same_rajju_in_opposite_directions_follows_the_option(bool spared, bool agrees) =>
        Assert.That(
            Poruthams.Match(Ashwini1, new MoonStar(9, 1), new PoruthamOptions(RajjuSparedAcrossDirections: spared))[Porutham.Rajju].Agrees,
            Is.EqualTo(agrees));

    /// <summary>Bride in Leo, groom in Aries: Aries holds Leo, Leo does not hold Aries.</summary>
    [TestCase(false, false)]
    [TestCase(true, true)]
    public void Vasya_direction_follows_the_option(bool eitherWay, bool agrees) =>
        Assert.That(
            Poruthams.Match(new MoonStar(10, 1), Ashwini1, new PoruthamOptions(VasyaEitherWay: eitherWay))[Porutham.Vasya].Agrees,
            Is.EqualTo(agrees));

    /// <summary>Bride Ashwini, groom Magha: the 10th star from hers.</summary>
    [TestCase(8, true)]
    [TestCase(14, false)]
    public void Stree_deergha_follows_the_minimum_count(int minimum, bool agrees)
    {
        var result = Poruthams.Match(Ashwini1, new MoonStar(10, 1), new PoruthamOptions(StreeDeerghaMinimumCount: minimum));

        Assert.That(result[Porutham.StreeDeergha].Agrees, Is.EqualTo(agrees));
    }

    /// <summary>Bride Rohini (serpent), groom Magha (rat).</summary>
    [TestCase(true, false)]
    [TestCase(false, true)]
    public void Serpent_and_rat_follow_the_option(bool enemies, bool agrees)
    {
        var result = Poruthams.Match(new MoonStar(4, 1), new MoonStar(10, 1), new PoruthamOptions(SerpentAndRatEnemies: enemies));

        Assert.That(result[Porutham.Yoni].Agrees, Is.EqualTo(agrees));
    }

    /// <summary>
    /// Dina is the groom's tara from the bride's star. Bride Ashwini, groom Krittika: the 3rd (Vipat), fails. Bride Krittika,
    /// groom Ashwini: the 26th (Mitra), agrees. PyJHora's South table, counting from the groom, has them the other way round.
    /// </summary>
    [TestCase(1, 3, false)]
    [TestCase(3, 1, true)]
    public void Dina_counts_from_the_bride_star(int bride, int groom, bool agrees) =>
        Assert.That(Poruthams.Match(new MoonStar(bride, 1), new MoonStar(groom, 1))[Porutham.Dina].Agrees, Is.EqualTo(agrees));

    /// <summary>Bride Krittika, groom Magha: both Rakshasa, so gana agrees (PyJHora's South table fails it, see its test).</summary>
    [Test]
    public void Two_Rakshasa_stars_agree_on_gana() =>
        Assert.That(Poruthams.Match(new MoonStar(3, 1), new MoonStar(10, 1))[Porutham.Gana].Agrees, Is.True);

    [Test]
    public void Invalid_stars_are_rejected_before_any_table_is_read() =>
        Assert.That(() => Poruthams.Match(new MoonStar(0, 1), Ashwini1), Throws.TypeOf<ArgumentOutOfRangeException>());

    [Test]
    public void Vedha_pairs_pierce_both_ways_and_only_the_classical_ones()
    {
        Assert.That(Vedha.Pierces(1, 18) && Vedha.Pierces(18, 1) && Vedha.Pierces(14, 23), Is.True);
        Assert.That(Vedha.Pierces(1, 27) || Vedha.Pierces(14, 14), Is.False);
    }
}
