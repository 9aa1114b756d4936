namespace Jyotishika.Engine.Ashtakavarga;

/// <summary>A chart's ashtakavarga.</summary>
/// <param name="Bhinna">Eight bhinnashtakavargas: Sun … Saturn, then the ascendant's.</param>
/// <param name="Sarva">The sarvashtakavarga, bindus per sign (Aries first) summed over the seven grahas' tables, and the
/// ascendant's when <see cref="AshtakavargaOptions.SarvaIncludesAscendant"/> is set.</param>
/// <param name="Options">The conventions used, echoed back.</param>
public sealed record AshtakavargaResult(IReadOnlyList<BhinnaAshtakavarga> Bhinna, IReadOnlyList<int> Sarva, AshtakavargaOptions Options);
