using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Doshas;

/// <summary>
/// Kaal Sarp (kāla-sarpa): the seven grahas Sun … Saturn all in one half of the zodiac cut by the nodal axis. This is a
/// modern (20th-century) combination: BPHS and the other classical works do not name it (their "sarpa yoga" is a
/// different rule, malefics in the kendras), so the definition, the Kaal Amrit name of the other half and the twelve
/// names by Rahu's house follow modern practice, and the points where practice differs are options.
/// </summary>
public static class KaalSarp
{
    /// <summary>The source of the whole rule, for callers that show one.</summary>
    public static CitedRule Rule { get; } =
        new(nameof(KaalSarp), "Modern practice (20th century); not in BPHS or the other classical works");

    private enum Side
    {
        RahuToKetu,
        KetuToRahu,
        Axis,
    }

    public static KaalSarpResult Assess(SignChart chart, KaalSarpOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        options ??= KaalSarpOptions.Default;
        var byLongitude = options.UseLongitudes
            && Dignities.SevenGrahas.Append(Graha.Rahu).All(graha => chart.Grahas[graha].Longitude is not null);
        var sides = Dignities.SevenGrahas.ToDictionary(graha => graha, graha => SideOf(chart, graha, byLongitude));
        var onAxis = sides.Where(pair => pair.Value == Side.Axis).Select(pair => pair.Key).ToList();
        var rahuHouse = chart.HouseOf(Graha.Rahu);

        // A half needs at least one graha strictly inside it: with all seven in the nodes' signs nothing is hemmed.
        var candidates = new[] { NodalHalf.RahuToKetu, NodalHalf.KetuToRahu }
            .Where(half => Inside(sides, half) > 0)
            .Select(half => (Half: half, Outside: Outside(sides, half, options.OnAxis)))
            .OrderBy(candidate => candidate.Outside.Count)
            .ToList();
        if (candidates.Count == 0 || candidates[0].Outside.Count > 1)
        {
            return new(KaalSarpForm.None, null, null, rahuHouse, [], onAxis, byLongitude, options);
        }

        var (half, outside) = candidates[0];
        var form = outside.Count == 0 ? KaalSarpForm.Full : KaalSarpForm.Partial;
        return new(form, half, (KaalSarpType)rahuHouse, rahuHouse, outside, onAxis, byLongitude, options);
    }

    /// <summary>How many grahas stand strictly inside a half.</summary>
    private static int Inside(Dictionary<Graha, Side> sides, NodalHalf half) => sides.Values.Count(side => side == SideFor(half));

    private static List<Graha> Outside(Dictionary<Graha, Side> sides, NodalHalf half, NodeAxisGraha onAxis) =>
        sides.Where(pair => pair.Value == Side.Axis ? onAxis == NodeAxisGraha.Outside : pair.Value != SideFor(half))
            .Select(pair => pair.Key)
            .ToList();

    private static Side SideFor(NodalHalf half) => half == NodalHalf.RahuToKetu ? Side.RahuToKetu : Side.KetuToRahu;

    /// <summary>
    /// The half a graha is in, measured forward from Rahu: (0°, 180°) is Rahu → Ketu. By sign, the 2nd–6th signs from
    /// Rahu are Rahu → Ketu, the 8th–12th Ketu → Rahu, and Rahu's and Ketu's own signs are the axis.
    /// </summary>
    private static Side SideOf(SignChart chart, Graha graha, bool byLongitude)
    {
        if (byLongitude)
        {
            var ahead = ((chart.Grahas[graha].Longitude!.Value - chart.Grahas[Graha.Rahu].Longitude!.Value) % 360 + 360) % 360;
            return ahead is 0 or 180 ? Side.Axis : ahead < 180 ? Side.RahuToKetu : Side.KetuToRahu;
        }

        var house = SignChart.Houses.Count(chart.SignOf(Graha.Rahu), chart.SignOf(graha));
        return house is 1 or 7 ? Side.Axis : house < 7 ? Side.RahuToKetu : Side.KetuToRahu;
    }
}
