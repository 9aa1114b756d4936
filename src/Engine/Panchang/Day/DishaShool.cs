namespace Jyotishika.Engine.Panchang.Day;

/// <summary>A cardinal direction.</summary>
public enum Disha
{
    East = 1,
    South = 2,
    West = 3,
    North = 4,
}

/// <summary>
/// Disha shool, the direction not to set out towards on each weekday, from the verse the muhurta books quote
/// ("śanau candre tyajet pūrvāṃ dakṣiṇāṃ ca diśaṃ gurau, sūrye śukre paścimāṃ ca budhe bhaume tathottarām"): Saturday and
/// Monday east, Thursday south, Sunday and Friday west, Wednesday and Tuesday north. PyJHora const.disha_shool_map agrees.
/// </summary>
internal static class DishaShool
{
    // Indexed by Vaara (Sunday = 0).
    private static readonly Disha[] ByWeekday = [Disha.West, Disha.East, Disha.North, Disha.North, Disha.South, Disha.West, Disha.East];

    internal static Disha Of(Vaara vaara) => ByWeekday[(int)vaara];
}
