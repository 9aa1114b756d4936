using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Strength;

/// <summary>
/// Shadbala, the six-fold strength of the seven grahas (BPHS ch. 27 "Shadbala"; B. V. Raman, <i>Graha and Bhava
/// Balas</i>): sthana, dig, kaala, cheshta, naisargika and drik bala, every component reported on its own.
/// </summary>
public static class Shadbala
{
    private static readonly Dictionary<Graha, double> Required = new()
    {
        [Graha.Sun] = 5, [Graha.Moon] = 6, [Graha.Mars] = 5, [Graha.Mercury] = 7, [Graha.Jupiter] = 6.5, [Graha.Venus] = 5.5, [Graha.Saturn] = 5,
    };

    /// <summary>
    /// Shadbala of a computed chart. The pool supplies what the chart lacks — the sunrises, sunset and apparent midnight
    /// around birth, and the obliquity — in one job, seen from the chart's own place and instant.
    /// </summary>
    public static async Task<ShadbalaResult> ComputeAsync(
        EphemerisPool pool, Chart chart, ShadbalaOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(chart);
        var day = await pool.RunAsync(
            session => SupportedRange.Guard(InputPart.Instant, () => BirthDay.Read(session, chart)), cancellationToken).ConfigureAwait(false);
        return Compute(chart, day, options ?? ShadbalaOptions.Default);
    }

    internal static ShadbalaResult Compute(Chart chart, BirthDay day, ShadbalaOptions options)
    {
        var grahas = chart.Grahas.Where(g => SthanaBala.IsSeven(g.Graha)).ToDictionary(g => g.Graha);
        var longitudes = grahas.ToDictionary(p => p.Key, p => p.Value.Longitude);
        var rasiSigns = grahas.ToDictionary(p => p.Key, p => p.Value.Placement.Sign);
        var lagnaSign = chart.Ascendant.Sign;
        var obliquity = options.AyanaObliquity == AyanaObliquity.Classical24 ? 24.0 : day.TrueObliquity;

        var components = Dignities.SevenGrahas.ToDictionary(graha => graha, graha =>
        {
            var position = grahas[graha];
            var placement = position.Placement;
            var tropical = Arc.Normalize(position.Longitude + chart.AyanamshaDegrees);
            var house = options.KendradiHouses == KendradiHouses.SignFromLagna
                ? (placement.Sign - lagnaSign + 12) % 12 + 1
                : position.House;
            var (abda, masa, vara, hora) = KaalaBala.Lords(graha, day);
            var ayana = KaalaBala.Ayana(graha, tropical, obliquity);
            var paksha = KaalaBala.Paksha(graha, longitudes);
            var cheshta = graha switch
            {
                Graha.Sun => options.LuminaryCheshta == LuminaryCheshta.AyanaAndPaksha ? ayana : 0.0,
                Graha.Moon => options.LuminaryCheshta == LuminaryCheshta.AyanaAndPaksha ? paksha : 0.0,
                _ => CheshtaBala.Of(graha, tropical, chart.JulianDayUt),
            };
            return new ShadbalaComponents(
                Uchcha: SthanaBala.Uchcha(graha, position.Longitude),
                Saptavargaja: SaptavargajaBala.Of(graha, position.Longitude, rasiSigns, options),
                Ojayugma: SthanaBala.Ojayugma(graha, placement.Sign, placement.NavamsaSign),
                Kendradi: SthanaBala.Kendradi(house),
                Drekkana: SthanaBala.Drekkana(graha, placement.DegreeInSign),
                Dig: SthanaBala.Dig(graha, position.Longitude, chart.Ascendant.Longitude, chart.Midheaven.Longitude),
                Nathonnatha: KaalaBala.Nathonnatha(graha, day),
                Paksha: paksha,
                Tribhaga: KaalaBala.Tribhaga(graha, day),
                Abda: abda,
                Masa: masa,
                Vara: vara,
                Hora: hora,
                Ayana: ayana,
                Yuddha: 0,
                Cheshta: cheshta,
                Naisargika: SthanaBala.Naisargika(graha),
                Drik: DrikBala.Of(graha, longitudes));
        });

        var wars = YuddhaBala.Wars(components, grahas, options.YuddhaVictor);
        var results = Dignities.SevenGrahas.Select(graha =>
        {
            var c = components[graha] with { Yuddha = YuddhaBala.Of(graha, wars) };
            var rupas = c.Total / 60.0;
            return new GrahaShadbala(
                graha,
                c,
                c.Total,
                rupas,
                Required[graha],
                rupas / Required[graha],
                Math.Sqrt(Math.Max(0, c.Uchcha * c.Cheshta)),
                Math.Sqrt(Math.Max(0, (60 - c.Uchcha) * (60 - c.Cheshta))));
        }).ToList();
        return new ShadbalaResult(options, results, wars);
    }
}
