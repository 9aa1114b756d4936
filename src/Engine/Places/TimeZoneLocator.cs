namespace Jyotishika.Engine.Places;

/// <summary>
/// Infers the IANA time zone at a point from the nearest populated place, or the nautical zone when no place is
/// within <see cref="OceanThresholdKm"/>. Immutable; safe for concurrent use.
/// </summary>
/// <remarks>
/// Plain nearest-neighbour: leave-one-out over all 199,568 places gave 99.56 % correct zones, and the best k-nearest
/// vote tried (k = 5, weights 1/d²) 99.58 %, no gain on the tzdb zone.tab locations: too little to give up answering
/// with exactly the place whose zone was taken.
/// </remarks>
public sealed class TimeZoneLocator
{
    /// <summary>
    /// Beyond this distance from every known place a point is taken to be at sea. It must exceed the widest gaps
    /// between places on inhabited land, measured on 0.25° grids over the emptiest regions at up to 570 km (Nunavut
    /// barren lands; central Australia 519 km, Sahara 477 km), or such land would get a nautical zone; and it must stay
    /// below the distance of open ocean from the nearest inhabited island, e.g. 848 km from (0°, 150° W) to the Line
    /// Islands, whose zone (UTC+14) is a day away from the sea's (UTC−10).
    /// </summary>
    public const double OceanThresholdKm = 650;

    private readonly PlaceIndex places;

    public TimeZoneLocator(PlaceIndex places)
    {
        ArgumentNullException.ThrowIfNull(places);
        this.places = places;
    }

    /// <param name="latitude">Degrees north, finite, |latitude| &lt; 90 (validated by the caller).</param>
    /// <param name="longitude">Degrees east, finite, |longitude| ≤ 180 (validated by the caller).</param>
    public ZoneInference Infer(double latitude, double longitude) => Infer(latitude, longitude, excludeId: 0);

    /// <param name="excludeId">A GeoNames id to ignore, for leave-one-out accuracy checks; 0 ignores none.</param>
    internal ZoneInference Infer(double latitude, double longitude, long excludeId)
    {
        Span<Neighbour> nearest = stackalloc Neighbour[1];
        var found = places.FindNearest(latitude, longitude, excludeId, OceanThresholdKm, nearest);
        if (found == 0 || nearest[0].DistanceKm > OceanThresholdKm)
        {
            return new ZoneInference(NauticalZone.ForLongitude(longitude), null);
        }

        var place = places.ToNearestPlace(nearest[0]);
        return new ZoneInference(place.Place.TimeZone, place);
    }
}
