namespace Jyotishika.Engine.Vargas;

/// <summary>
/// The named divisional charts (vargas); each value is the number of parts a sign is divided into. The first sixteen
/// (D1–D60 without D5, D6, D8, D11) are Parashara's shodasavarga (BPHS ch. 6); the rest follow the conventions of
/// Jagannatha Hora / PyJHora. Any other division from 1 to 300 is available as a parivritti (cyclic) chart through
/// <see cref="DivisionalChart.Parivritti"/>.
/// </summary>
public enum Varga
{
    /// <summary>D1, Rāśi: the sign itself.</summary>
    Rasi = 1,

    /// <summary>D2, Horā.</summary>
    Hora = 2,

    /// <summary>D3, Drekkāṇa.</summary>
    Drekkana = 3,

    /// <summary>D4, Chaturthāṁśa (also Turyāṁśa).</summary>
    Chaturthamsa = 4,

    /// <summary>D5, Pañchāṁśa.</summary>
    Panchamsa = 5,

    /// <summary>D6, Ṣaṣṭhāṁśa.</summary>
    Shashthamsa = 6,

    /// <summary>D7, Saptāṁśa.</summary>
    Saptamsa = 7,

    /// <summary>D8, Aṣṭāṁśa.</summary>
    Ashtamsa = 8,

    /// <summary>D9, Navāṁśa.</summary>
    Navamsa = 9,

    /// <summary>D10, Daśāṁśa.</summary>
    Dasamsa = 10,

    /// <summary>D11, Rudrāṁśa (also Ekādaśāṁśa).</summary>
    Rudramsa = 11,

    /// <summary>D12, Dvādaśāṁśa.</summary>
    Dwadasamsa = 12,

    /// <summary>D16, Ṣoḍaśāṁśa (also Kalāṁśa).</summary>
    Shodasamsa = 16,

    /// <summary>D20, Viṁśāṁśa.</summary>
    Vimsamsa = 20,

    /// <summary>D24, Chaturviṁśāṁśa (also Siddhāṁśa).</summary>
    Chaturvimsamsa = 24,

    /// <summary>D27, Saptaviṁśāṁśa (also Nakṣatrāṁśa, Bhāṁśa).</summary>
    Saptavimsamsa = 27,

    /// <summary>D30, Triṁśāṁśa: the one classical varga with unequal parts.</summary>
    Trimsamsa = 30,

    /// <summary>D40, Khavedāṁśa (also Chatvāriṁśāṁśa).</summary>
    Khavedamsa = 40,

    /// <summary>D45, Akṣavedāṁśa.</summary>
    Akshavedamsa = 45,

    /// <summary>D60, Ṣaṣṭyāṁśa.</summary>
    Shashtiamsa = 60,

    /// <summary>D81, Nava-navāṁśa: the navamsa of the navamsa.</summary>
    NavaNavamsa = 81,

    /// <summary>D108, Aṣṭottarāṁśa.</summary>
    Ashtottaramsa = 108,

    /// <summary>D144, Dvādaśa-dvādaśāṁśa: the dwadasamsa of the dwadasamsa.</summary>
    DwadasaDwadasamsa = 144,
}
