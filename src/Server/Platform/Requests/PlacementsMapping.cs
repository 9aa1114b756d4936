using Jyotishika.Engine;
using Jyotishika.Engine.Analysis;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Platform.Requests;

/// <summary>
/// Typed placements (a chart from paper) checked and turned into the <see cref="SignChart"/> the sign-based analyses
/// read. Each bad field is named by its path under the caller's prefix (<c>placements.grahas[3].sign</c>), all at once:
/// a sign outside 0–11, a degree outside [0, 30), a graha unnamed or placed twice, one of the nine missing, or Ketu not
/// opposite Rahu (the nodes are the two ends of one axis, so their signs are six apart and, when both degrees are
/// given, their degrees equal).
/// </summary>
public static class PlacementsMapping
{
    /// <summary>How far apart the two nodes' degrees may be: typed to two decimals, a rounding of each.</summary>
    private const double NodeDegreeTolerance = 0.01;

    /// <summary>The chart, or null when anything was refused (the violations say what).</summary>
    public static SignChart? ToSignChart(Contract.Placements placements, string prefix, RequestViolations violations)
    {
        ArgumentNullException.ThrowIfNull(placements);
        ArgumentNullException.ThrowIfNull(violations);
        var before = violations.Count;
        var ascendant = Sign(placements.HasAscendantSign, placements.AscendantSign, $"{prefix}.ascendantSign", violations);
        double? ascendantDegree = placements.HasAscendantDegree ? Degree(placements.AscendantDegree, $"{prefix}.ascendantDegree", violations) : null;

        var grahas = new Dictionary<Graha, SignPosition>();
        var indexes = new Dictionary<Graha, int>();
        for (var index = 0; index < placements.Grahas.Count; index++)
        {
            var item = placements.Grahas[index];
            var path = Invariant($"{prefix}.grahas[{index}]");
            var sign = Sign(item.HasSign, item.Sign, $"{path}.sign", violations);
            double? degree = item.HasDegree ? Degree(item.Degree, $"{path}.degree", violations) : null;
            if (item.Graha is < Contract.Planet.Sun or > Contract.Planet.Pluto)
            {
                violations.Add($"{path}.graha", "must name a graha: SUN, MOON, MARS, MERCURY, JUPITER, VENUS, SATURN, RAHU or KETU (or URANUS, NEPTUNE, PLUTO)");
                continue;
            }

            var graha = (Graha)(int)item.Graha;
            if (!indexes.TryAdd(graha, index))
            {
                violations.Add($"{path}.graha", $"places {Key(graha)} a second time (first at grahas[{indexes[graha]}])");
                continue;
            }

            grahas[graha] = new SignPosition(sign ?? 0, degree, item.HasRetrograde ? item.Retrograde : null);
        }

        var missing = SignChart.NineGrahas.Where(graha => !indexes.ContainsKey(graha)).Select(Key).ToList();
        if (missing.Count > 0)
        {
            violations.Add($"{prefix}.grahas", $"must place each of the nine grahas once; missing {string.Join(", ", missing)}");
        }

        CheckNodes(grahas, indexes, prefix, violations);
        return violations.Count == before ? new SignChart(ascendant!.Value, ascendantDegree, grahas) : null;
    }

    private static void CheckNodes(
        Dictionary<Graha, SignPosition> grahas, Dictionary<Graha, int> indexes, string prefix, RequestViolations violations)
    {
        if (!grahas.TryGetValue(Graha.Rahu, out var rahu) || !grahas.TryGetValue(Graha.Ketu, out var ketu))
        {
            return;
        }

        var rahuPath = Invariant($"{prefix}.grahas[{indexes[Graha.Rahu]}]");
        var ketuPath = Invariant($"{prefix}.grahas[{indexes[Graha.Ketu]}]");
        if (violations.Names($"{rahuPath}.sign") || violations.Names($"{ketuPath}.sign"))
        {
            return;
        }

        if (ketu.Sign != (rahu.Sign + 6) % 12)
        {
            violations.Add($"{ketuPath}.sign", Invariant($"must be opposite Rahu's sign: {(rahu.Sign + 6) % 12} for Rahu in {rahu.Sign}"));
        }
        else if (rahu.DegreeInSign is { } rahuDegree && ketu.DegreeInSign is { } ketuDegree
            && Math.Abs(rahuDegree - ketuDegree) > NodeDegreeTolerance)
        {
            violations.Add($"{ketuPath}.degree", Invariant($"must equal Rahu's degree ({rahuDegree}): the nodes are exactly opposite"));
        }
    }

    private static int? Sign(bool present, int sign, string field, RequestViolations violations)
    {
        if (!present)
        {
            violations.Add(field, "is required: 0 = Aries … 11 = Pisces");
            return null;
        }

        return sign is >= 0 and <= 11 ? sign : violations.Refuse<int?>(field, "must be from 0 (Aries) to 11 (Pisces)", null);
    }

    private static double? Degree(double degree, string field, RequestViolations violations) =>
        degree is >= 0 and < 30 ? degree : violations.Refuse<double?>(field, "must be at least 0 and less than 30 (degrees within the sign)", null);

    private static string Key(Graha graha) => graha.ToString().ToUpperInvariant();

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
