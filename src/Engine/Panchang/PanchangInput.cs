using NodaTime;

namespace Jyotishika.Engine.Panchang;

/// <summary>
/// A local calendar day at a place. The zone (resolved by the caller, e.g. from an IANA id) fixes the local midnights
/// that bound the day; sunrise, sunset, moonrise and moonset are those falling between them.
/// </summary>
/// <param name="Latitude">Degrees, north positive.</param>
/// <param name="Longitude">Degrees, east positive.</param>
/// <param name="Settings">Ayanamsha and position type for the sidereal angas (nakshatra, yoga); houses are unused.</param>
public sealed record PanchangInput(LocalDate Date, double Latitude, double Longitude, DateTimeZone Zone, ChartSettings Settings)
{
    public RiseConvention Rise { get; init; } = RiseConvention.UpperLimbRefracted;
}
