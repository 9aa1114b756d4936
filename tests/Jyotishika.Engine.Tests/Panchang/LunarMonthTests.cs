using Jyotishika.Engine.Panchang;

namespace Jyotishika.Engine.Tests.Panchang;

/// <summary>Lunar months against dates every Indian calendar printed.</summary>
public sealed class LunarMonthTests
{
    /// <summary>NASA: new moon of the total solar eclipse, 2024-04-08 18:21 UT.</summary>
    private static readonly DateTime EclipseNewMoon = new(2024, 4, 8, 18, 21, 0, DateTimeKind.Utc);

    /// <summary>Ugadi / Gudi Padwa (Chaitra Shukla Pratipada, the amanta new year) was 2024-04-09.</summary>
    [Test]
    public async Task UgadiTwentyTwentyFourIsChaitraShuklaPratipada()
    {
        var result = await PanchangPool.Engine.ComputeAsync(Places.Delhi(2024, 4, 9));
        Assert.Multiple(() =>
        {
            Assert.That(result.Tithi.Number, Is.EqualTo(1));
            Assert.That(result.Month.AmantaName, Is.EqualTo("Chaitra"));
            Assert.That(result.Month.PurnimantaName, Is.EqualTo("Chaitra"));
            Assert.That(result.Month.IsAdhika, Is.False);
            Assert.That(result.Month.IsKshaya, Is.False);
            Assert.That(result.Month.NewMoonStart, Is.EqualTo(EclipseNewMoon).Within(TimeSpan.FromMinutes(1)));
        });
    }

    /// <summary>The day before, Amavasya closes amanta Phalguna; purnimanta Chaitra began after Holi (2024-03-25).</summary>
    [Test]
    public async Task TheAmavasyaBeforeUgadiClosesPhalguna()
    {
        var result = await PanchangPool.Engine.ComputeAsync(Places.Delhi(2024, 4, 8));
        Assert.Multiple(() =>
        {
            Assert.That(result.Month.AmantaName, Is.EqualTo("Phalguna"));
            Assert.That(result.Month.PurnimantaName, Is.EqualTo("Chaitra"));
            Assert.That(result.Month.NewMoonEnd, Is.EqualTo(EclipseNewMoon).Within(TimeSpan.FromMinutes(1)));
        });
    }

    /// <summary>2023 had an Adhika Shravana (amanta 2023-07-18 … 2023-08-16), the Sun staying in Karka throughout.</summary>
    [Test]
    public async Task TwentyTwentyThreeHadAdhikaShravana()
    {
        var result = await PanchangPool.Engine.ComputeAsync(Places.Delhi(2023, 8, 1));
        var next = await PanchangPool.Engine.ComputeAsync(Places.Delhi(2023, 8, 25));
        Assert.Multiple(() =>
        {
            Assert.That(result.Month.AmantaName, Is.EqualTo("Shravana"));
            Assert.That(result.Month.IsAdhika, Is.True);
            Assert.That(result.Month.NewMoonStart.Date, Is.EqualTo(new DateTime(2023, 7, 17)));
            Assert.That(next.Month.AmantaName, Is.EqualTo("Shravana"), "the nija Shravana follows");
            Assert.That(next.Month.IsAdhika, Is.False);
        });
    }
}
