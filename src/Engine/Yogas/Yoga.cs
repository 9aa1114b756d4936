namespace Jyotishika.Engine.Yogas;

/// <summary>
/// The yogas the evaluator reads, in the order it reports them. The numbers are stable so that stored results and the
/// <see cref="YogaKeys"/> names stay valid when yogas are added (new ones take new numbers).
/// </summary>
public enum Yoga
{
    Ruchaka = 1,
    Bhadra = 2,
    Hamsa = 3,
    Malavya = 4,
    Sasa = 5,
    Gajakesari = 6,
    Budhaditya = 7,
    ChandraMangala = 8,
    Sunapha = 9,
    Anapha = 10,
    Durudhara = 11,
    Kemadruma = 12,
    Adhi = 13,
    Vasumati = 14,
    Amala = 15,
    Lakshmi = 16,
    Saraswati = 17,
    Harsha = 18,
    Sarala = 19,
    Vimala = 20,
    NeechaBhangaRaja = 21,
    DharmaKarmadhipati = 22,
    MahaParivartana = 23,
    KhalaParivartana = 24,
    DainyaParivartana = 25,
    Rajju = 26,
    Musala = 27,
    Nala = 28,
    Mala = 29,
    Sarpa = 30,
    Gada = 31,
    Sakata = 32,
    Vihaga = 33,
    Shringataka = 34,
    Hala = 35,
    Vajra = 36,
    Yava = 37,
    Kamala = 38,
    Vapi = 39,
    Yupa = 40,
    Shara = 41,
    Shakti = 42,
    Danda = 43,
    Nauka = 44,
    Koota = 45,
    Chhatra = 46,
    Chapa = 47,
    Ardhachandra = 48,
    Chakra = 49,
    Samudra = 50,
    Vallaki = 51,
    Damini = 52,
    Pasha = 53,
    Kedara = 54,
    Shoola = 55,
    Yuga = 56,
    Gola = 57,
}

/// <summary>The stable UPPER_SNAKE names (GAJAKESARI, NEECHA_BHANGA_RAJA) that clients and stored results use.</summary>
public static class YogaKeys
{
    public static string Key(this Yoga yoga) => StableKeys.UpperSnake(yoga);

    public static string Key(this YogaConditionKind condition) => StableKeys.UpperSnake(condition);
}
