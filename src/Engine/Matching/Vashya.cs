namespace Jyotishika.Engine.Matching;

/// <summary>The vashya (nature) group of a Moon sign.</summary>
public enum Vashya
{
    Chatushpada = 1,
    Manava = 2,
    Jalachara = 3,
    Vanachara = 4,
    Keeta = 5,
}

/// <summary>Which points table scores two vashya groups; the tables in print differ cell by cell.</summary>
public enum VashyaScoring
{
    /// <summary>
    /// The table of PyJHora's published North table (rows groom, columns bride; the groups in enum order):
    /// Chatushpada 2, ½, 1, 0, 1; Manava ½, 2, 0, 0, 0; Jalachara 1, 0, 2, 2, 1; Vanachara 0, 0, 2, 2, 0; Keeta 2, 0, 2, 0, 2.
    /// No printed source for it is named here; it is the default so that results agree with JHora-family software.
    /// </summary>
    JHoraTable = 1,

    /// <summary>
    /// The table most Indian matching manuals and sites print (rows groom, columns bride): Chatushpada 2, 1, 1, ½, 1;
    /// Manava 1, 2, ½, 0, 1; Jalachara 1, ½, 2, 1, 1; Vanachara ½, 0, 1, 2, 0; Keeta 1, 1, 1, 0, 2.
    /// </summary>
    Common = 2,
}

public static class Vashyas
{
    private static readonly Vashya[] BySign =
    [
        Vashya.Chatushpada, Vashya.Chatushpada, Vashya.Manava, Vashya.Jalachara, Vashya.Vanachara, Vashya.Manava,
        Vashya.Manava, Vashya.Keeta, Vashya.Manava, Vashya.Chatushpada, Vashya.Manava, Vashya.Jalachara,
    ];

    private static readonly double[,] JHora =
    {
        { 2, 0.5, 1, 0, 1 },
        { 0.5, 2, 0, 0, 0 },
        { 1, 0, 2, 2, 1 },
        { 0, 0, 2, 2, 0 },
        { 2, 0, 2, 0, 2 },
    };

    private static readonly double[,] Common =
    {
        { 2, 1, 1, 0.5, 1 },
        { 1, 2, 0.5, 0, 1 },
        { 1, 0.5, 2, 1, 1 },
        { 0.5, 0, 1, 2, 0 },
        { 1, 1, 1, 0, 2 },
    };

    /// <summary>
    /// Sagittarius is human in its first half and a quadruped in its second; Capricorn a quadruped in its first half and
    /// aquatic in its second (the sign natures of BPHS ch. 4). The pada that straddles 15° (the fifth of the sign) is
    /// counted with the first half, because its start lies there and a pada is all a MoonStar knows.
    /// </summary>
    public static Vashya Of(MoonStar moon)
    {
        var secondHalf = moon.PadaInSign >= 5;
        return moon.Sign switch
        {
            8 => secondHalf ? Vashya.Chatushpada : Vashya.Manava,
            9 => secondHalf ? Vashya.Jalachara : Vashya.Chatushpada,
            var sign => BySign[sign],
        };
    }

    public static double Score(Vashya groom, Vashya bride, VashyaScoring scoring) =>
        (scoring == VashyaScoring.Common ? Common : JHora)[(int)groom - 1, (int)bride - 1];
}
