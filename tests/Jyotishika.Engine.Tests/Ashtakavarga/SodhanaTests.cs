using Jyotishika.Engine.Ashtakavarga;

namespace Jyotishika.Engine.Tests.Ashtakavarga;

/// <summary>Trikona (BPHS ch. 67) and ekadhipatya (ch. 68) sodhana, case by case and worked by hand.</summary>
public sealed class SodhanaTests
{
    /// <summary>
    /// The Sun's table of chart 7 (see <see cref="AshtakavargaReferenceTests"/>), by hand:
    /// Aries–Leo–Sagittarius 4, 6, 2 less 2 → 2, 4, 0; Taurus–Virgo–Capricorn 2, 5, 6 less 2 → 0, 3, 4;
    /// Gemini–Libra–Aquarius 3, 5, 6 less 3 → 0, 2, 3; Cancer–Scorpio–Pisces 4, 3, 2 less 2 → 2, 1, 0.
    /// </summary>
    [Test]
    public void Trikona_sodhana_takes_the_least_of_each_trine_from_all_three()
    {
        int[] bindus = [4, 2, 3, 4, 6, 5, 5, 3, 2, 6, 6, 2];

        Assert.That(TrikonaSodhana.Apply(bindus), Is.EqualTo(new[] { 2, 0, 0, 2, 4, 3, 2, 1, 0, 4, 3, 0 }));
    }

    [Test]
    public void Trikona_sodhana_leaves_a_trine_with_an_empty_sign_and_clears_an_equal_one()
    {
        // Aries–Leo–Sagittarius 0, 5, 3 (one empty: kept); Taurus–Virgo–Capricorn 4, 4, 4 (equal: cleared).
        int[] bindus = [0, 4, 1, 2, 5, 4, 1, 2, 3, 4, 1, 2];

        Assert.That(TrikonaSodhana.Apply(bindus), Is.EqualTo(new[] { 0, 0, 0, 0, 5, 0, 0, 0, 3, 0, 0, 0 }));
    }

    /// <summary>Each case of BPHS ch. 68, on Aries (first) and Scorpio (second), both Mars's; Cancer and Leo stay as they are.</summary>
    [TestCase(3, true, 5, true, 3, 5, TestName = "Both occupied: no change")]
    [TestCase(0, false, 4, false, 0, 4, TestName = "One without bindus: no change")]
    [TestCase(4, true, 0, false, 4, 0, TestName = "Occupied beside an empty sign without bindus: no change")]
    [TestCase(3, false, 3, false, 0, 0, TestName = "Both empty and equal: both cleared")]
    [TestCase(5, false, 2, false, 2, 2, TestName = "Both empty and unequal: both the smaller")]
    [TestCase(4, true, 2, false, 4, 0, TestName = "Empty sign with fewer: cleared")]
    [TestCase(4, true, 4, false, 4, 0, TestName = "Empty sign with as many: cleared")]
    [TestCase(2, true, 5, false, 2, 2, TestName = "Empty sign with more: brought down to the occupied one")]
    [TestCase(5, false, 2, true, 2, 2, TestName = "Empty sign with more, the other way round")]
    public void Ekadhipatya_sodhana_follows_BPHS_case_by_case(
        int aries, bool ariesOccupied, int scorpio, bool scorpioOccupied, int expectedAries, int expectedScorpio)
    {
        var bindus = new int[12];
        var occupied = new bool[12];
        (bindus[0], occupied[0], bindus[7], occupied[7]) = (aries, ariesOccupied, scorpio, scorpioOccupied);
        (bindus[3], bindus[4]) = (3, 3);

        var reduced = EkadhipatyaSodhana.Apply(bindus, occupied);

        Assert.That(reduced, Is.EqualTo(new[] { expectedAries, 0, 0, 3, 3, 0, 0, expectedScorpio, 0, 0, 0, 0 }));
    }

    /// <summary>
    /// Chart 7's Moon, by hand: after trikona 3, 0, 1, 1, 2, 2, 2, 1, 0, 1, 0, 0. Occupied (grahas or ascendant): Aries,
    /// Libra, Scorpio (rising), Sagittarius, Capricorn, Aquarius. Aries–Scorpio both occupied: kept. Taurus–Libra and
    /// Sagittarius–Pisces hold a zero: kept. Gemini 1 (empty) – Virgo 2 (empty): both 1. Capricorn–Aquarius both occupied.
    /// </summary>
    [Test]
    public void Ekadhipatya_sodhana_of_a_whole_table()
    {
        int[] trikona = [3, 0, 1, 1, 2, 2, 2, 1, 0, 1, 0, 0];
        var occupied = new[] { 0, 6, 7, 8, 9, 10 }.Aggregate(new bool[12], (signs, sign) => { signs[sign] = true; return signs; });

        Assert.That(EkadhipatyaSodhana.Apply(trikona, occupied), Is.EqualTo(new[] { 3, 0, 1, 1, 2, 1, 2, 1, 0, 1, 0, 0 }));
    }
}
