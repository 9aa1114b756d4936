namespace Jyotishika.Engine.Panchang;

/// <summary>
/// The lunar month a panchang day belongs to.
/// </summary>
/// <param name="Amanta">Number 1 (Chaitra) … 12 (Phalguna) of the month running new moon → new moon, named after the
/// sidereal sign the Sun holds at the new moon that starts it (Sun in Meena → Chaitra).</param>
/// <param name="Purnimanta">The month running full moon → full moon: in Krishna paksha one ahead of the amanta month,
/// in Shukla paksha the same.</param>
/// <param name="IsAdhika">No sankranti (Sun entering a sign) between the two new moons: an intercalary month, named
/// like the month that follows it.</param>
/// <param name="IsKshaya">Two sankrantis between the new moons: a month is skipped (named after the first).</param>
/// <param name="NewMoonStart">The new moon (Moon − Sun = 0°) that starts the amanta month.</param>
/// <param name="NewMoonEnd">The new moon that ends it.</param>
public sealed record LunarMonth(
    int Amanta,
    string AmantaName,
    int Purnimanta,
    string PurnimantaName,
    bool IsAdhika,
    bool IsKshaya,
    DateTime NewMoonStart,
    DateTime NewMoonEnd)
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "Chaitra", "Vaishakha", "Jyeshtha", "Ashadha", "Shravana", "Bhadrapada", "Ashvin", "Kartika", "Margashirsha",
        "Pausha", "Magha", "Phalguna",
    ];
}
