namespace Jyotishika.Engine.Doshas;

/// <summary>Saturn's transit phases counted from the natal Moon's sign (whole signs, the Moon's sign being the 1st).</summary>
public enum SadeSatiPhase
{
    /// <summary>Saturn in the 12th from the Moon: the first of the three signs of sade sati.</summary>
    Rising = 1,

    /// <summary>Saturn in the Moon's sign: the middle one.</summary>
    Peak = 2,

    /// <summary>Saturn in the 2nd from the Moon: the last one.</summary>
    Setting = 3,

    /// <summary>Saturn in the 4th from the Moon: a dhaiya (kantaka, ardhashtama).</summary>
    FourthDhaiya = 4,

    /// <summary>Saturn in the 8th from the Moon: a dhaiya (ashtama).</summary>
    EighthDhaiya = 5,
}
