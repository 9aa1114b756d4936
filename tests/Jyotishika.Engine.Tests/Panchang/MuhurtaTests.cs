using Jyotishika.Engine.Panchang;
using Jyotishika.Engine.Panchang.Muhurta;

namespace Jyotishika.Engine.Tests.Panchang;

/// <summary>
/// The muhurta tables against sources other than the ones the engine was written from, and the periods against the
/// engine's own sunrise, sunset and next sunrise. PyJHora's tests hold no expected muhurta times (its
/// src/jhora/tests/*.py and test_outputs_*.json were searched for hora, choghadiya, durmuhurtam, varjyam, amrita,
/// brahma, godhuli, vijaya and nishita), so its constant tables are used as the second source instead.
/// </summary>
public sealed class MuhurtaTests
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(1);

    // PyJHora const.shubha_hora_day_table / shubha_hora_night_table: rows are horas 1–12, columns Sunday … Saturday,
    // values 0 Sun, 1 Moon, 2 Mars, 3 Mercury, 4 Jupiter, 5 Venus, 6 Saturn.
    private static readonly int[][] PyJHoraDayHoras =
    [
        [0, 1, 2, 3, 4, 5, 6], [5, 6, 0, 1, 2, 3, 4], [3, 4, 5, 6, 0, 1, 2], [1, 2, 3, 4, 5, 6, 0], [6, 0, 1, 2, 3, 4, 5],
        [4, 5, 6, 0, 1, 2, 3], [2, 3, 4, 5, 6, 0, 1], [0, 1, 2, 3, 4, 5, 6], [5, 6, 0, 1, 2, 3, 4], [3, 4, 5, 6, 0, 1, 2],
        [1, 2, 3, 4, 5, 6, 0], [6, 0, 1, 2, 3, 4, 5],
    ];

    private static readonly int[][] PyJHoraNightHoras =
    [
        [4, 5, 6, 0, 1, 2, 3], [2, 3, 4, 5, 6, 0, 1], [0, 1, 2, 3, 4, 5, 6], [5, 6, 0, 1, 2, 3, 4], [3, 4, 5, 6, 0, 1, 2],
        [1, 2, 3, 4, 5, 6, 0], [6, 0, 1, 2, 3, 4, 5], [4, 5, 6, 0, 1, 2, 3], [2, 3, 4, 5, 6, 0, 1], [0, 1, 2, 3, 4, 5, 6],
        [5, 6, 0, 1, 2, 3, 4], [3, 4, 5, 6, 0, 1, 2],
    ];

    private static readonly Graha[] PyJHoraPlanets =
        [Graha.Sun, Graha.Moon, Graha.Mars, Graha.Mercury, Graha.Jupiter, Graha.Venus, Graha.Saturn];

    // PyJHora const.gauri_choghadiya_day_table / _night_table: rows Sunday … Saturday, values 0 Udveg, 1 Char, 2 Labh,
    // 3 Amrit, 4 Kaal, 5 Shubh, 6 Rog.
    private static readonly int[][] PyJHoraDayChoghadiyas =
    [
        [0, 1, 2, 3, 4, 5, 6, 0], [3, 4, 5, 6, 0, 1, 2, 3], [6, 0, 1, 2, 3, 4, 5, 6], [2, 3, 4, 5, 6, 0, 1, 2],
        [5, 6, 0, 1, 2, 3, 4, 5], [1, 2, 3, 4, 5, 6, 0, 1], [4, 5, 6, 0, 1, 2, 3, 4],
    ];

    private static readonly int[][] PyJHoraNightChoghadiyas =
    [
        [5, 3, 1, 6, 4, 2, 0, 5], [1, 6, 4, 2, 0, 5, 3, 1], [4, 2, 0, 5, 3, 1, 6, 4], [0, 5, 3, 1, 6, 4, 2, 0],
        [3, 1, 6, 4, 2, 0, 5, 3], [6, 4, 2, 0, 5, 3, 1, 6], [2, 0, 5, 3, 1, 6, 4, 2],
    ];

    private static readonly ChoghadiyaName[] PyJHoraChoghadiyaTypes =
    [
        ChoghadiyaName.Udveg, ChoghadiyaName.Char, ChoghadiyaName.Labh, ChoghadiyaName.Amrit, ChoghadiyaName.Kaal,
        ChoghadiyaName.Shubh, ChoghadiyaName.Rog,
    ];

    [Test]
    public void Hora_lords_match_PyJHora_tables()
    {
        Assert.Multiple(() =>
        {
            for (var day = 0; day < 7; day++)
            {
                for (var hora = 0; hora < 12; hora++)
                {
                    Assert.That(HoraOrder.Lord((Vaara)day, hora), Is.EqualTo(PyJHoraPlanets[PyJHoraDayHoras[hora][day]]), $"{(Vaara)day} day hora {hora + 1}");
                    Assert.That(HoraOrder.Lord((Vaara)day, hora + 12), Is.EqualTo(PyJHoraPlanets[PyJHoraNightHoras[hora][day]]), $"{(Vaara)day} night hora {hora + 1}");
                }
            }
        });
    }

    [Test]
    public void Choghadiya_names_match_PyJHora_tables()
    {
        Assert.Multiple(() =>
        {
            for (var day = 0; day < 7; day++)
            {
                for (var part = 0; part < 8; part++)
                {
                    Assert.That(ChoghadiyaTable.Name((Vaara)day, DayPart.Day, part), Is.EqualTo(PyJHoraChoghadiyaTypes[PyJHoraDayChoghadiyas[day][part]]));
                    Assert.That(ChoghadiyaTable.Name((Vaara)day, DayPart.Night, part), Is.EqualTo(PyJHoraChoghadiyaTypes[PyJHoraNightChoghadiyas[day][part]]));
                }
            }
        });
    }

    /// <summary>bestastroguru.com "Monday Chaughadia" (a 06:00 sunrise table), with its qualities (Char "Good" there).</summary>
    [Test]
    public void Monday_choghadiyas_match_an_almanac_table()
    {
        ChoghadiyaName[] day = [ChoghadiyaName.Amrit, ChoghadiyaName.Kaal, ChoghadiyaName.Shubh, ChoghadiyaName.Rog, ChoghadiyaName.Udveg, ChoghadiyaName.Char, ChoghadiyaName.Labh, ChoghadiyaName.Amrit];
        ChoghadiyaName[] night = [ChoghadiyaName.Char, ChoghadiyaName.Rog, ChoghadiyaName.Kaal, ChoghadiyaName.Labh, ChoghadiyaName.Udveg, ChoghadiyaName.Shubh, ChoghadiyaName.Amrit, ChoghadiyaName.Char];
        Assert.Multiple(() =>
        {
            Assert.That(Enumerable.Range(0, 8).Select(i => ChoghadiyaTable.Name(Vaara.Somavara, DayPart.Day, i)), Is.EqualTo(day));
            Assert.That(Enumerable.Range(0, 8).Select(i => ChoghadiyaTable.Name(Vaara.Somavara, DayPart.Night, i)), Is.EqualTo(night));
            Assert.That(ChoghadiyaTable.Quality(ChoghadiyaName.Char, PeriodQuality.Good), Is.EqualTo(PeriodQuality.Good));
            Assert.That(ChoghadiyaTable.Quality(ChoghadiyaName.Char, MuhurtaOptions.Default.CharQuality), Is.EqualTo(PeriodQuality.Neutral));
            Assert.That(ChoghadiyaTable.Quality(ChoghadiyaName.Kaal, PeriodQuality.Good), Is.EqualTo(PeriodQuality.Bad));
            Assert.That(ChoghadiyaTable.Quality(ChoghadiyaName.Labh, PeriodQuality.Neutral), Is.EqualTo(PeriodQuality.Good));
        });
    }

    /// <summary>hindu-blog.com "What is Gauri Panchang" (2018): Sunday and Monday daytime rows, with their qualities.</summary>
    [Test]
    public void Gowri_daytime_matches_the_almanac_rows()
    {
        GowriName[] sunday = [GowriName.Uthi, GowriName.Amirdha, GowriName.Rogam, GowriName.Laabam, GowriName.Dhanam, GowriName.Sugam, GowriName.Soram, GowriName.Visham];
        GowriName[] monday = [GowriName.Amirdha, GowriName.Visham, GowriName.Rogam, GowriName.Laabam, GowriName.Dhanam, GowriName.Sugam, GowriName.Soram, GowriName.Uthi];
        Assert.Multiple(() =>
        {
            Assert.That(Enumerable.Range(1, 8).Select(p => GowriTable.DayName(Vaara.Ravivara, p)), Is.EqualTo(sunday));
            Assert.That(Enumerable.Range(1, 8).Select(p => GowriTable.DayName(Vaara.Somavara, p)), Is.EqualTo(monday));
            var bad = Enum.GetValues<GowriName>().Where(n => GowriTable.Quality(n) == PeriodQuality.Bad);
            Assert.That(bad, Is.EquivalentTo(new[] { GowriName.Rogam, GowriName.Soram, GowriName.Visham }));
        });
    }

    /// <summary>
    /// The Telugu nakshatra tyajya / amrita table (teluguone.com), and PyJHora's amrita_gadiya_varjyam_star_map in
    /// hours of a 24-hour nakshatra (one ghati = 0.4 h).
    /// </summary>
    [Test]
    public void Varjyam_and_amrita_ghatis_match_both_tables()
    {
        int[] teluguTyajya = [50, 24, 30, 40, 14, 21, 30, 20, 32, 30, 20, 18, 21, 20, 14, 14, 10, 14, 20, 24, 20, 10, 10, 18, 16, 24, 30];
        int[] teluguAmrita = [42, 48, 54, 52, 38, 35, 54, 44, 56, 54, 44, 42, 45, 44, 38, 38, 34, 38, 44, 48, 44, 34, 34, 42, 40, 48, 54];
        double[] pyJHoraAmritaHours = [16.8, 19.2, 21.6, 20.8, 15.2, 14, 21.6, 17.6, 22.4, 21.6, 17.6, 16.8, 18, 17.6, 15.2, 15.2, 13.6, 15.2, 17.6, 19.2, 17.6, 13.6, 13.6, 16.8, 16, 19.2, 21.6];
        double[] pyJHoraVarjyamHours = [20, 9.6, 12, 16, 5.6, 8.4, 12, 8, 12.8, 12, 8, 7.2, 8.4, 8, 5.6, 5.6, 4, 5.6, 8, 9.6, 8, 4, 4, 7.2, 6.4, 9.6, 12];
        Assert.Multiple(() =>
        {
            for (var n = 1; n <= 27; n++)
            {
                Assert.That(NakshatraGhatis.Amrita(n), Is.EqualTo(teluguAmrita[n - 1]), $"amrita {n}");
                Assert.That(NakshatraGhatis.Amrita(n) * 0.4, Is.EqualTo(pyJHoraAmritaHours[n - 1]).Within(1e-9), $"amrita {n}");
                Assert.That(NakshatraGhatis.Varjyam(n, MulaVarjyam.Both)[0], Is.EqualTo(teluguTyajya[n - 1]), $"varjyam {n}");
                Assert.That(NakshatraGhatis.Varjyam(n, MulaVarjyam.Both)[0] * 0.4, Is.EqualTo(pyJHoraVarjyamHours[n - 1]).Within(1e-9), $"varjyam {n}");
            }

            // Mula: 20 and 56 in the Telugu table and PyJHora (8 h and 22.4 h); 56 only in the Hindi vishaghati list.
            Assert.That(NakshatraGhatis.Varjyam(19, MulaVarjyam.Both), Is.EqualTo(new[] { 20, 56 }));
            Assert.That(NakshatraGhatis.Varjyam(19, MulaVarjyam.FiftySixOnly), Is.EqualTo(new[] { 56 }));
        });
    }

    /// <summary>A week at Delhi: the periods tile their halves and the sequences chain from day to day.</summary>
    [Test]
    public async Task A_week_of_horas_and_choghadiyas_tiles_each_day_and_chains_to_the_next()
    {
        DayMuhurtas? previous = null;
        for (var date = 7; date <= 14; date++) // 2024-04-07 was a Sunday
        {
            var day = (await MuhurtaPool.Engine.ComputeAsync(Places.Delhi(2024, 4, date)))!;
            var panchang = await PanchangPool.Engine.ComputeAsync(Places.Delhi(2024, 4, date));
            Assert.Multiple(() =>
            {
                Assert.That(day.Sunrise, Is.EqualTo(panchang.Sunrise).Within(Tick));
                Assert.That(day.Vaara, Is.EqualTo(panchang.Vaara));
                Assert.That(day.Horas, Has.Count.EqualTo(24));
                Assert.That(day.Horas[0].Lord, Is.EqualTo(HoraOrder.WeekdayLord(day.Vaara)), "first hora is the weekday lord's");
                Tiles(day.Horas.Where(h => h.Part == DayPart.Day).Select(h => (h.Start, h.End)).ToList(), day.Sunrise, day.Sunset);
                Tiles(day.Horas.Where(h => h.Part == DayPart.Night).Select(h => (h.Start, h.End)).ToList(), day.Sunset, day.NextSunrise);
                for (var i = 1; i < 24; i++)
                {
                    Assert.That(day.Horas[i].Lord, Is.EqualTo(NextInChaldeanOrder(day.Horas[i - 1].Lord)), "hora by hora");
                }
                Tiles(day.Choghadiyas.Where(c => c.Part == DayPart.Day).Select(c => (c.Start, c.End)).ToList(), day.Sunrise, day.Sunset);
                Tiles(day.Choghadiyas.Where(c => c.Part == DayPart.Night).Select(c => (c.Start, c.End)).ToList(), day.Sunset, day.NextSunrise);
                Tiles(day.Gowri.Select(g => (g.Start, g.End)).ToList(), day.Sunrise, day.Sunset);

                // Gowri's Visham is the Rahu kalam of the panchang.
                var visham = day.Gowri.Single(g => g.Name == GowriName.Visham);
                Assert.That(visham.Start, Is.EqualTo(panchang.Periods!.RahuKalam.Start).Within(Tick));

                // Nakshatras chain without gaps and cover sunrise → next sunrise.
                Assert.That(day.Nakshatras[0].Nakshatra.Start, Is.LessThanOrEqualTo(day.Sunrise));
                Assert.That(day.Nakshatras[^1].Nakshatra.End, Is.GreaterThanOrEqualTo(day.NextSunrise));
                for (var i = 1; i < day.Nakshatras.Count; i++)
                {
                    Assert.That(day.Nakshatras[i].Nakshatra.Start, Is.EqualTo(day.Nakshatras[i - 1].Nakshatra.End).Within(TimeSpan.FromSeconds(1)));
                    Assert.That(day.Nakshatras[i].Nakshatra.Number, Is.EqualTo(day.Nakshatras[i - 1].Nakshatra.Number % 27 + 1));
                }

                if (previous is not null)
                {
                    // The Chaldean order carries across sunrise: the 25th hora of yesterday is today's first.
                    Assert.That(day.Sunrise, Is.EqualTo(previous.NextSunrise).Within(Tick));
                    Assert.That(day.Horas[0].Lord, Is.EqualTo(NextInChaldeanOrder(previous.Horas[23].Lord)));
                }
            });
            previous = day;
        }
    }

    [Test]
    public async Task Muhurta_periods_are_the_fifteenths_of_their_halves()
    {
        var day = (await MuhurtaPool.Engine.ComputeAsync(Places.Delhi(2024, 4, 9)))!; // Tuesday
        var dayMuhurta = (day.Sunset - day.Sunrise) / 15;
        var nightMuhurta = (day.NextSunrise - day.Sunset) / 15;
        Assert.Multiple(() =>
        {
            Assert.That(day.Durmuhurtas.Select(d => (d.Muhurta, d.Part)), Is.EqualTo(new[] { (4, DayPart.Day), (7, DayPart.Night) }));
            Assert.That(day.Durmuhurtas[0].Start, Is.EqualTo(day.Sunrise + 3 * dayMuhurta).Within(Tick));
            Assert.That(day.Durmuhurtas[1].Start, Is.EqualTo(day.Sunset + 6 * nightMuhurta).Within(Tick));
            Assert.That(day.Durmuhurtas[1].End, Is.EqualTo(day.Sunset + 7 * nightMuhurta).Within(Tick));
            Assert.That(day.BrahmaMuhurta.End, Is.EqualTo(day.NextSunrise - nightMuhurta).Within(Tick));
            Assert.That(day.Nishita.Start + nightMuhurta / 2, Is.EqualTo(day.Sunset + (day.NextSunrise - day.Sunset) / 2).Within(Tick));
            Assert.That(day.Godhuli.Start, Is.EqualTo(day.Sunset - dayMuhurta / 4).Within(Tick));
            Assert.That(day.Godhuli.End, Is.EqualTo(day.Sunset + nightMuhurta / 4).Within(Tick));
        });
    }

    /// <summary>The options switch to PyJHora's conventions (drik.durmuhurtam, drik.vijaya_muhurtha).</summary>
    [Test]
    public async Task PyJHora_options_move_saturday_durmuhurta_and_vijaya()
    {
        var input = Places.Delhi(2024, 4, 13); // Saturday
        var options = new MuhurtaOptions { Durmuhurta = DurmuhurtaTable.KaranamRamakumar, Vijaya = VijayaRule.AroundMidday };
        var classical = (await MuhurtaPool.Engine.ComputeAsync(input))!;
        var pyJHora = (await MuhurtaPool.Engine.ComputeAsync(input, options))!;
        var ghati = (pyJHora.Sunset - pyJHora.Sunrise) / 30;
        var midday = pyJHora.Sunrise + (pyJHora.Sunset - pyJHora.Sunrise) / 2;
        Assert.Multiple(() =>
        {
            Assert.That(classical.Durmuhurtas.Select(d => d.Muhurta), Is.EqualTo(new[] { 1, 2 }));
            Assert.That(classical.Durmuhurtas[0].Start, Is.EqualTo(classical.Sunrise).Within(Tick));
            Assert.That(pyJHora.Durmuhurtas.Select(d => d.Muhurta), Is.EqualTo(new[] { 3 }));
            Assert.That(pyJHora.Vijaya.Start, Is.EqualTo(midday - ghati).Within(Tick));
            Assert.That(pyJHora.Vijaya.End, Is.EqualTo(midday + ghati).Within(Tick));
        });
    }

    [Test]
    public async Task Polar_night_has_no_muhurtas()
    {
        var result = await MuhurtaPool.Engine.ComputeAsync(Places.At(2024, 12, 21, 69.6492, 18.9553, "Europe/Oslo"));
        Assert.That(result, Is.Null);
    }

    // Saturn, Jupiter, Mars, Sun, Venus, Mercury, Moon: decreasing period (Surya Siddhanta 12.78–79).
    private static Graha NextInChaldeanOrder(Graha lord)
    {
        Graha[] order = [Graha.Saturn, Graha.Jupiter, Graha.Mars, Graha.Sun, Graha.Venus, Graha.Mercury, Graha.Moon];
        return order[(Array.IndexOf(order, lord) + 1) % order.Length];
    }

    /// <summary>Equal parts from start to end, each beginning where the last ended.</summary>
    private static void Tiles(IReadOnlyList<(DateTime Start, DateTime End)> periods, DateTime start, DateTime end)
    {
        Assert.That(periods[0].Start, Is.EqualTo(start).Within(Tick));
        Assert.That(periods[^1].End, Is.EqualTo(end).Within(Tick));
        for (var i = 1; i < periods.Count; i++)
        {
            Assert.That(periods[i].Start, Is.EqualTo(periods[i - 1].End).Within(Tick));
            Assert.That(periods[i].End - periods[i].Start, Is.EqualTo(periods[0].End - periods[0].Start).Within(Tick));
        }
    }
}
