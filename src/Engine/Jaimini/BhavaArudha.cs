namespace Jyotishika.Engine.Jaimini;

/// <summary>The arudha (pada) of one house: A1 is the arudha lagna, A12 the upapada.</summary>
/// <param name="House">1–12, counted from the ascendant.</param>
/// <param name="HouseSign">The house's sign, 0 = Aries … 11 = Pisces.</param>
/// <param name="Lord">The lord whose position was counted (the co-lord rule decides Scorpio and Aquarius).</param>
/// <param name="Sign">The pada's sign.</param>
/// <param name="ExceptionApplied">The plain count fell on the 1st or 7th from the house and was moved.</param>
public sealed record BhavaArudha(int House, int HouseSign, Graha Lord, int Sign, bool ExceptionApplied);
