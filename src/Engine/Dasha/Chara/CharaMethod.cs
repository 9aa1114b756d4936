namespace Jyotishika.Engine.Dasha.Chara;

/// <summary>
/// Whose reading of Jaimini's Chara dasha. Both start from the lagna, run in the order the 9th sign's footedness gives and
/// count a sign's years from it to its lord; they differ in the exaltation rule, the co-lords of Scorpio and Aquarius and the
/// antardashas.
/// </summary>
public enum CharaMethod
{
    /// <summary>
    /// P. V. R. Narasimha Rao, "Vedic Astrology: An Integrated Approach", Chara dasa: a lord exalted adds a year and a lord
    /// debilitated takes one away; the stronger co-lord by his strength rules; antardashas from the sign holding the lord of
    /// the stronger of the dasha sign and its 7th, forward from an odd sign and backward from an even one. The default, as the
    /// engine's other Jaimini conventions (<see cref="Jaimini.JaiminiOptions"/>) follow him and Jagannatha Hora, his program;
    /// PyJHora numbers it CHARA_TYPE.PVN_RAO = 1 but calls K. N. Rao's by default.
    /// </summary>
    NarasimhaRao = 1,

    /// <summary>
    /// K. N. Rao, "Predicting through Jaimini's Chara Dasha": no year added or taken for exaltation or debilitation; the co-lord
    /// joined by more grahas, then the one further advanced; antardashas start from the sign after the dasha sign, in the order
    /// the dasha sign would run as a lagna, and end with the dasha sign itself.
    /// </summary>
    KnRao = 2,
}
