using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Jaimini;

/// <summary>
/// The chara karakas: the grahas ranked by how far they have travelled in their signs (BPHS ch. 32 v. 1–12; P. V. R.
/// Narasimha Rao, "Vedic Astrology: An Integrated Approach", ch. 8). Rahu moves backward, so its travelled arc is 30° minus
/// its degree. Equal arcs keep the order Sun … Saturn, Rahu (the sort is stable); the texts give no tie rule and exact ties
/// do not occur with computed longitudes.
/// </summary>
public static class CharaKarakas
{
    private static readonly CharaKaraka[] EightRoles =
    [
        CharaKaraka.Atmakaraka, CharaKaraka.Amatyakaraka, CharaKaraka.Bhratrikaraka, CharaKaraka.Matrikaraka,
        CharaKaraka.Pitrikaraka, CharaKaraka.Putrakaraka, CharaKaraka.Gnatikaraka, CharaKaraka.Darakaraka,
    ];

    private static readonly CharaKaraka[] SevenRoles = EightRoles.Where(role => role != CharaKaraka.Pitrikaraka).ToArray();

    private static readonly Graha[] SevenCandidates = [.. Dignities.SevenGrahas];

    private static readonly Graha[] EightCandidates = [.. Dignities.SevenGrahas, Graha.Rahu];

    /// <summary>The competing grahas whose degree in sign is unknown (or that are absent from the chart); empty when ranking can proceed.</summary>
    public static IReadOnlyList<Graha> MissingDegrees(SignChart chart, KarakaScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return Candidates(scheme)
            .Where(graha => !chart.Grahas.TryGetValue(graha, out var position) || position.DegreeInSign is null)
            .ToArray();
    }

    /// <summary>The karakas, Atmakaraka first.</summary>
    /// <exception cref="ArgumentException">A competing graha has no degree in sign.</exception>
    public static IReadOnlyList<KarakaAssignment> Of(SignChart chart, KarakaScheme scheme)
    {
        var missing = MissingDegrees(chart, scheme);
        if (missing.Count > 0)
        {
            throw new ArgumentException(
                $"Chara karakas rank degrees within signs; the chart has none for {string.Join(", ", missing)}.", nameof(chart));
        }

        var roles = scheme == KarakaScheme.SevenGrahas ? SevenRoles : EightRoles;
        return Candidates(scheme)
            .Select(graha => (Graha: graha, Arc: TravelledArc(graha, chart.Grahas[graha].DegreeInSign!.Value)))
            .OrderByDescending(entry => entry.Arc)
            .Select((entry, rank) => new KarakaAssignment(roles[rank], entry.Graha, entry.Arc))
            .ToArray();
    }

    private static Graha[] Candidates(KarakaScheme scheme) => scheme switch
    {
        KarakaScheme.EightWithRahu => EightCandidates,
        KarakaScheme.SevenGrahas => SevenCandidates,
        _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "Unknown karaka scheme."),
    };

    private static double TravelledArc(Graha graha, double degreeInSign) =>
        graha == Graha.Rahu ? Zodiac.SignSpan - degreeInSign : degreeInSign;
}
