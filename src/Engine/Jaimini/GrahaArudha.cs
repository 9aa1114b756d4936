namespace Jyotishika.Engine.Jaimini;

/// <summary>The arudha (pada) of one graha, counted from the graha to its own sign and as far again.</summary>
/// <param name="Graha">The graha.</param>
/// <param name="OwnSign">The own sign counted to (the stronger one for a graha owning two; Aquarius for Rahu, Scorpio for Ketu).</param>
/// <param name="Sign">The pada's sign, 0 = Aries … 11 = Pisces.</param>
/// <param name="ExceptionApplied">The plain count fell on a 1st or 7th and was moved.</param>
public sealed record GrahaArudha(Graha Graha, int OwnSign, int Sign, bool ExceptionApplied);
