namespace Jyotishika.Engine.Ephemeris;

/// <summary>
/// How far apart the event search samples each body. A step must hold at most one station, so that splitting it at a
/// sign change of the speed leaves stretches that move one way, and must move the body less than 180° (so that its
/// direction is never ambiguous). The shortest retrograde and direct periods below were measured with the installed
/// library over its whole range (1800–2399, sidereal Lahiri speeds sampled every 6 hours): each planet's step is at most
/// a tenth of the shortest period it must not straddle. Every step divides <see cref="EventSearch.ChunkDays"/>.
/// </summary>
internal static class ScanSteps
{
    internal static double Days(Graha body, NodeType nodeType) => body switch
    {
        // 11.8–15.4°/day and never retrograde: 7.7° per step, less than one nakshatra (13°20′).
        Graha.Moon => 0.5,

        // The Sun never stations (0.95–1.02°/day). Mercury: retrograde ≥ 19.8 days, direct ≥ 87.8. Venus: retrograde ≥ 40.8.
        Graha.Sun or Graha.Mercury or Graha.Venus => 1,

        // Retrograde ≥ 59.8 days, direct ≥ 684.
        Graha.Mars => 2,

        // The mean node always moves backward at ~0.053°/day. The true node wobbles about it (−0.67 … +0.35°/day, ~54
        // stations a year) and, where the wobble just reaches zero speed, turns for spells of any length: no step is
        // safe by itself. A quarter day with the split of suspicious steps (see TrackScanner.Breakpoints) found every
        // station of 1950–1969 that sampling every 3 minutes sees, spells of 11 minutes included, except the library's
        // own artefacts: 17-second speed glitches at 0.06″ jumps of its node, which are not motion.
        Graha.Rahu or Graha.Ketu => nodeType == NodeType.True ? 0.25 : 5,

        // Jupiter retrograde ≥ 117.5 days, Saturn ≥ 133.5, Uranus ≥ 149, Neptune and Pluto longer still.
        _ => 5,
    };
}
