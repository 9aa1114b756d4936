namespace Jyotishika.Engine.Ashtakavarga;

/// <summary>One owner's bhinnashtakavarga (its own table of bindus), its reductions and its pindas.</summary>
/// <param name="Owner">Sun … Saturn, or the ascendant for the lagna's own table.</param>
/// <param name="Points">Bindus in each sign, Aries first (totals 48, 49, 39, 54, 56, 52, 39 for Sun … Saturn, 49 for the
/// ascendant).</param>
/// <param name="Prastara">The prastara: eight rows (contributors Sun … Saturn, Ascendant, in <see cref="Contributor"/> order) of
/// twelve signs; true where that contributor gives a bindu.</param>
/// <param name="AfterTrikonaSodhana">The bindus after the trinal reduction (BPHS ch. 67).</param>
/// <param name="AfterEkadhipatyaSodhana">The bindus after the reduction for signs of one lord (BPHS ch. 68), applied to
/// the trinal result.</param>
/// <param name="RasiPinda">Σ reduced bindus × rasi multiplier (BPHS ch. 69); null for the ascendant's table.</param>
/// <param name="GrahaPinda">Σ over the seven grahas of the reduced bindus in the graha's sign × graha multiplier; null
/// for the ascendant's.</param>
/// <param name="SodhyaPinda">Rasi pinda + graha pinda; null for the ascendant's.</param>
public sealed record BhinnaAshtakavarga(
    Contributor Owner,
    IReadOnlyList<int> Points,
    IReadOnlyList<IReadOnlyList<bool>> Prastara,
    IReadOnlyList<int> AfterTrikonaSodhana,
    IReadOnlyList<int> AfterEkadhipatyaSodhana,
    int? RasiPinda,
    int? GrahaPinda,
    int? SodhyaPinda);
