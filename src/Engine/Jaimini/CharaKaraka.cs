namespace Jyotishika.Engine.Jaimini;

/// <summary>The chara karakas in rank order, highest degrees first (BPHS ch. 32 "Karakas", v. 1–12).</summary>
public enum CharaKaraka
{
    /// <summary>The self; the graha furthest advanced in its sign.</summary>
    Atmakaraka = 1,

    /// <summary>The minister, career.</summary>
    Amatyakaraka = 2,

    /// <summary>Siblings.</summary>
    Bhratrikaraka = 3,

    /// <summary>Mother.</summary>
    Matrikaraka = 4,

    /// <summary>Father; only in the eight-karaka scheme.</summary>
    Pitrikaraka = 5,

    /// <summary>Children.</summary>
    Putrakaraka = 6,

    /// <summary>Relatives, rivals, disease.</summary>
    Gnatikaraka = 7,

    /// <summary>Spouse; the graha least advanced in its sign.</summary>
    Darakaraka = 8,
}
