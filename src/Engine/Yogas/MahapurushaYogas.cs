using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Yogas;

/// <summary>
/// The five great-person yogas: Mars, Mercury, Jupiter, Venus or Saturn in a kendra in its own or exaltation sign
/// (Phaladeepika ch. 6; BPHS, the chapter on the Pancha Mahapurusha yogas). Moolatrikona adds nothing here: each of the
/// five has its moolatrikona in one of its own signs.
/// </summary>
internal static class MahapurushaYogas
{
    private static readonly (Yoga Yoga, Graha Graha)[] Yogas =
    [
        (Yoga.Ruchaka, Graha.Mars), (Yoga.Bhadra, Graha.Mercury), (Yoga.Hamsa, Graha.Jupiter),
        (Yoga.Malavya, Graha.Venus), (Yoga.Sasa, Graha.Saturn),
    ];

    public static void Evaluate(SignChart chart, YogaOptions options, List<YogaResult> results)
    {
        var references = chart.ReferenceSigns(options.MahapurushaKendrasFrom);
        foreach (var (yoga, graha) in Yogas)
        {
            var rule = $"Phaladeepika ch. 6; BPHS, Pancha Mahapurusha yogas: {graha} in a kendra (1, 4, 7, 10) from "
                + $"{Found.Describe(options.MahapurushaKendrasFrom)}, in its own or exaltation sign";
            var sign = chart.SignOf(graha);
            var dignified = Dignities.IsInOwnSign(graha, sign) || Dignities.IsExalted(graha, sign);
            var inKendra = references.Any(reference => Found.IsKendra(SignChart.Houses.Count(reference, sign)));
            results.Add(Found.When(dignified && inKendra, yoga, chart, [graha], rule));
        }
    }
}
