using Jyotishika.Engine.Dasha;

namespace Jyotishika.Engine.Tajaka;

/// <summary>
/// A Tajaka annual chart (varsha chakra) for the year of life after <see cref="CompletedYears"/> completed years, cast
/// for the birthplace (PVR §27.1).
/// </summary>
/// <param name="PraveshaUtc">The instant the chart is cast for (the solar return, or the tithi return by option).</param>
/// <param name="Chart">The chart at <paramref name="PraveshaUtc"/>.</param>
/// <param name="SolarReturnUtc">The Sun's return to its natal longitude; the year runs from it to <paramref name="NextSolarReturnUtc"/>.</param>
/// <param name="Daytime">Whether the Sun was above the horizon at the pravesha (it picks the Sun or the Moon in §28.6).</param>
/// <param name="MunthaSign">Muntha, 0 = Aries.</param>
/// <param name="Balas">Pancha-vargeeya bala of Sun … Saturn in the annual chart.</param>
/// <param name="MuddaDasha">Mudda dasha mahadashas (level 1), each followed by its antardashas (level 2).</param>
/// <param name="MasaPraveshas">The twelve months' starts: the Sun at its natal longitude plus 0°, 30° … 330° (§27.3).</param>
public sealed record AnnualChart(
    int CompletedYears,
    PraveshaKind Pravesha,
    DateTime PraveshaUtc,
    Chart Chart,
    DateTime SolarReturnUtc,
    DateTime NextSolarReturnUtc,
    bool Daytime,
    int MunthaSign,
    YearLord YearLord,
    IReadOnlyList<PanchaVargeeyaBala> Balas,
    IReadOnlyList<DashaPeriod> MuddaDasha,
    IReadOnlyList<DateTime> MasaPraveshas);
