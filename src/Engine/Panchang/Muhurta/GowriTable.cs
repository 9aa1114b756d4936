namespace Jyotishika.Engine.Panchang.Muhurta;

/// <summary>
/// Tamil gowri panchangam, daytime: sunrise → sunset in eight parts. The parts take the weekday lords in weekday
/// order from the day's own lord (Sun Uthi, Moon Amirdha, Mars Rogam, Mercury Laabam, Jupiter Dhanam, Venus Sugam,
/// Saturn Soram), except that the Rahu kalam part is Visham and the lords continue after it — the derivation from
/// the Rahu kaala and vaara chakras (S. Prabhakaran, "Gowri Panchangam", 2014), which gives the almanac rows, e.g.
/// Sunday Uthi, Amirdha, Rogam, Laabam, Dhanam, Sugam, Soram, Visham and Monday Amirdha, Visham, Rogam, Laabam,
/// Dhanam, Sugam, Soram, Uthi (hindu-blog.com, "What is Gauri Panchang", 2018). Rogam, Soram and Visham are bad, the
/// other five good (both sources). The night half is left out: the same two sources place Sunday night's Visham
/// differently (3rd part in hindu-blog.com, 4th by Prabhakaran's night Rahu kaala chakra) and no full almanac night
/// table was at hand to settle it.
/// </summary>
internal static class GowriTable
{
    internal const int Parts = 8;

    private static readonly GowriName[] ByWeekdayLord =
        [GowriName.Uthi, GowriName.Amirdha, GowriName.Rogam, GowriName.Laabam, GowriName.Dhanam, GowriName.Sugam, GowriName.Soram];

    /// <param name="part">1–8 from sunrise.</param>
    internal static GowriName DayName(Vaara vaara, int part)
    {
        var visham = DayPeriodTable.RahuKalamPart(vaara);
        if (part == visham)
        {
            return GowriName.Visham;
        }

        var lordsBefore = part < visham ? part - 1 : part - 2;
        return ByWeekdayLord[((int)vaara + lordsBefore) % 7];
    }

    internal static PeriodQuality Quality(GowriName name) =>
        name is GowriName.Rogam or GowriName.Soram or GowriName.Visham ? PeriodQuality.Bad : PeriodQuality.Good;
}
