using Jyotishika.Engine.Ephemeris.Eclipses;

namespace Jyotishika.Engine.Ephemeris;

/// <summary>
/// One event, at the first instant (to within half a second) at which it has happened: an ingress reports the body
/// already in the sign it entered, a station the body already moving the new way. An eclipse is reported at its
/// greatest eclipse as the library times it.
/// </summary>
public sealed record CelestialEvent
{
    public required EventKind Kind { get; init; }

    public required DateTime Utc { get; init; }

    public required double JulianDayUt { get; init; }

    public required Graha Body { get; init; }

    /// <summary>The second body of a conjunction.</summary>
    public Graha? OtherBody { get; init; }

    /// <summary>Sidereal longitude of <see cref="Body"/> at the instant, degrees.</summary>
    public required double Longitude { get; init; }

    /// <summary>Sign 0 (Aries) … 11 at the instant; for an ingress, the sign entered.</summary>
    public required int Sign { get; init; }

    /// <summary>Nakshatra 1 (Ashwini) … 27 at the instant; for a nakshatra change, the one entered.</summary>
    public required int NakshatraNumber { get; init; }

    /// <summary>The body moves backward at the instant.</summary>
    public required bool Retrograde { get; init; }

    /// <summary>For a retrograde station: the next direct station, when it comes within a year.</summary>
    public DateTime? RetrogradeUntil { get; init; }

    /// <summary>For <see cref="EventKind.SolarEclipse"/>: the eclipse (its local view when the query has a place).</summary>
    public SolarEclipse? SolarEclipse { get; init; }

    /// <summary>For <see cref="EventKind.LunarEclipse"/>: the eclipse (its local view when the query has a place).</summary>
    public LunarEclipse? LunarEclipse { get; init; }
}
