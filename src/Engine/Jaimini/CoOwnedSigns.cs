namespace Jyotishika.Engine.Jaimini;

/// <summary>The two signs with a second lord in the Jaimini system: Ketu co-rules Scorpio with Mars, Rahu Aquarius with Saturn.</summary>
internal static class CoOwnedSigns
{
    public const int Scorpio = 7;
    public const int Aquarius = 10;

    /// <summary>The node's own sign, as the graha arudhas count it.</summary>
    public static int OfNode(Graha node) => node == Graha.Rahu ? Aquarius : Scorpio;
}
