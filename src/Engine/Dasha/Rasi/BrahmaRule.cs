namespace Jyotishika.Engine.Dasha.Rasi;

/// <summary>
/// How Brahma, the graha whose sign opens Sthira dasa, is found. Every reading starts from the lords of the 6th, 8th and 12th
/// from the stronger of lagna and the 7th (Jaimini's Upadesa Sutras, the Brahma sutras; BPHS, the Sthira dasa verses of the rasi-dasa chapter);
/// they differ on which of those lords may qualify and what stands in for Saturn and the nodes.
/// </summary>
public enum BrahmaRule
{
    /// <summary>
    /// The default. A lord qualifies in an odd sign in the visible half of the chart (houses 7–12 from lagna, the half above the
    /// horizon); the strongest qualifier is Brahma. Saturn may be Brahma (Iranganti Rangacharya's exposition of Sthira dasa,
    /// against Neelakanta, who bars him); the nodes never are (the sutras pass Brahma on from them), so Scorpio and Aquarius count as ruled by Mars and Saturn. When no lord
    /// qualifies there is no Brahma, and Sthira dasa does not apply (Iranganti: the dasa applies only where Brahma is present).
    /// </summary>
    VisibleHalfOddSign = 1,

    /// <summary>
    /// The same qualification with the co-owned signs' stronger lord, but a Saturn, Rahu or Ketu that comes out strongest hands
    /// Brahma to the sixth graha from it in the order Sun, Moon, Mars, Mercury, Jupiter, Venus, Saturn, Rahu, Ketu (the
    /// sutra "brahmani sanau patayor va tatah", Su. 48 in the translation at astrojyoti.com, whose note reads it so: Ketu gives
    /// Jupiter). The sutras' next rule, Amatyakaraka among several qualifiers, is not applied: the strongest is taken.
    /// </summary>
    SixthGrahaForSaturnAndNodes = 2,

    /// <summary>
    /// PyJHora's scoring (house.py, brahma): each of the three lords, the nodes left out, scores a point for a sign it holds as
    /// friend, own or exaltation sign, one for an odd sign and one for standing within houses 1–7 from the stronger of lagna and
    /// the 7th; of the two best (ties kept in 6th, 8th, 12th order) the stronger is Brahma. Some lord always wins. Not a published
    /// rule; offered to reproduce PyJHora. Friendship here is natural friendship (BPHS 3.55),
    /// debilitation overriding it; PyJHora's own table of sign dignities differs in three cells (it counts the Sun in Cancer
    /// as neutral, Jupiter in Virgo and Venus in Sagittarius as friendly).
    /// </summary>
    PyJHoraScore = 3,
}
