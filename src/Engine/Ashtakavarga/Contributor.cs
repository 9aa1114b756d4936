namespace Jyotishika.Engine.Ashtakavarga;

/// <summary>The eight givers of bindus (and owners of a bhinnashtakavarga): the seven grahas and the ascendant. The nodes
/// take no part (BPHS ch. 66 names these eight only).</summary>
public enum Contributor
{
    Sun = 1,
    Moon,
    Mars,
    Mercury,
    Jupiter,
    Venus,
    Saturn,
    Ascendant,
}
