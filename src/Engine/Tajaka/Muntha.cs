namespace Jyotishika.Engine.Tajaka;

/// <summary>
/// Muntha: the natal lagna progressed one sign a year (PVR §28.1: lagna in Sc, 31 years completed, the 32nd house from Sc,
/// Ge).
/// </summary>
public static class Muntha
{
    public static int Sign(int natalLagnaSign, int completedYears) => (natalLagnaSign + completedYears % 12) % 12;
}
