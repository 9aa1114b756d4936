namespace Jyotishika.Engine.Doshas;

/// <summary>The twelve named forms of Kaal Sarp, by Rahu's house from the ascendant (Ketu in the 7th from Rahu).</summary>
public enum KaalSarpType
{
    Ananta = 1,
    Kulik = 2,
    Vasuki = 3,
    Shankhpal = 4,
    Padma = 5,
    Mahapadma = 6,
    Takshak = 7,
    Karkotak = 8,
    Shankhachood = 9,
    Ghatak = 10,
    Vishdhar = 11,
    Sheshnag = 12,
}
