namespace Jyotishika.Engine.Dasha.Kalachakra;

/// <summary>
/// Kalachakra dashas from the one running at birth, walking the chakra without end, and any period's nine divisions.
/// </summary>
/// <remarks>
/// A sign recurs along the chakra and its divisions depend on where it stands, so the calculator's ordinals (each period's
/// place among its siblings) decide (<see cref="SubPeriodsAt"/>): in Example 95 (Moon 15°50′ Taurus) Aries runs again from
/// 115.75 years after birth with divisions of its own. A caller with lords only gets the first mahadasha from birth with
/// that sign, then the first division with each later sign (PyJHora resolves a repeated sign that way inside a pada).
/// </remarks>
internal sealed class KalachakraTree(KalachakraChakra chakra, ChakraPosition birth, double elapsedYears) : IDashaTree
{
    /// <summary>Every sign recurs within one round of the zodiac's dashas, so a path that names a period resolves inside it.</summary>
    private const int SearchLimit = KalachakraChakra.PadaCount * KalachakraTable.SignsPerPada;

    public double ElapsedYearsAtBirth => elapsedYears;

    public IEnumerable<DashaSpan> Mahadashas()
    {
        for (var position = birth; ; position = chakra.Next(position))
        {
            var lord = LordAt(position);
            yield return new DashaSpan(lord, lord.Years);
        }
    }

    public IReadOnlyList<DashaSpan> SubPeriods(IReadOnlyList<DashaLord> path, double parentYears)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfZero(path.Count);
        return Divide(PositionOf(path), parentYears);
    }

    /// <summary>
    /// The divisions of the period reached by <paramref name="ordinals"/>: the mahadasha's place from the one running at
    /// birth (0), then each sub-period's place among its siblings. Exact where a sign recurs; what a path of signs would
    /// need to carry.
    /// </summary>
    public IReadOnlyList<DashaSpan> SubPeriods(IReadOnlyList<DashaLord> path, IReadOnlyList<int> ordinals, double parentYears) =>
        SubPeriodsAt(ordinals, parentYears);

    internal IReadOnlyList<DashaSpan> SubPeriodsAt(IReadOnlyList<int> ordinals, double parentYears)
    {
        ArgumentNullException.ThrowIfNull(ordinals);
        ArgumentOutOfRangeException.ThrowIfZero(ordinals.Count);
        var position = birth;
        for (var i = 0; i < ordinals[0]; i++)
        {
            position = chakra.Next(position);
        }

        for (var level = 1; level < ordinals.Count; level++)
        {
            position = chakra.Divisions(position)[ordinals[level]];
        }

        return Divide(position, parentYears);
    }

    private DashaSpan[] Divide(ChakraPosition position, double parentYears)
    {
        var divisions = chakra.Divisions(position);
        var totalYears = divisions.Sum(p => KalachakraTable.Years(chakra.SignAt(p)));
        var spans = new DashaSpan[divisions.Count];
        for (var i = 0; i < spans.Length; i++)
        {
            var lord = LordAt(divisions[i]);
            spans[i] = new DashaSpan(lord, parentYears * lord.Years / totalYears);
        }

        return spans;
    }

    private ChakraPosition PositionOf(IReadOnlyList<DashaLord> path)
    {
        var position = birth;
        for (var steps = 0; chakra.SignAt(position) != SignOf(path[0]); steps++)
        {
            if (steps == SearchLimit)
            {
                throw new ArgumentException("The path does not start with a sign of this chakra", nameof(path));
            }

            position = chakra.Next(position);
        }

        for (var level = 1; level < path.Count; level++)
        {
            var sign = SignOf(path[level]);
            var divisions = chakra.Divisions(position);
            position = divisions.FirstOrDefault(p => chakra.SignAt(p) == sign, new ChakraPosition(-1, -1));
            if (position.Pada < 0)
            {
                throw new ArgumentException($"{path[level].Name} does not divide {path[level - 1].Name} here", nameof(path));
            }
        }

        return position;
    }

    private static int SignOf(DashaLord lord) =>
        lord.Sign ?? throw new ArgumentException($"{lord.Name} is not a sign; Kalachakra lords are signs", nameof(lord));

    private DashaLord LordAt(ChakraPosition position)
    {
        var sign = chakra.SignAt(position);
        return DashaLord.OfSign(sign, KalachakraTable.Years(sign));
    }
}
