using Jyotishika.Engine.Ephemeris.Eclipses;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Ephemeris;

/// <summary>The observer of an events request, and the engine's eclipses as contract messages (instants to the millisecond).</summary>
internal static class EclipseMapping
{
    /// <summary>The request's place, or null without one; one coordinate alone is a violation (ranges are the engine's).</summary>
    internal static EclipsePlace? Place(Contract.EventsRequest request, RequestViolations violations)
    {
        if (request.HasLatitude != request.HasLongitude)
        {
            violations.Add(request.HasLatitude ? "longitude" : "latitude",
                "is required with the other coordinate: an eclipse observer needs both latitude and longitude");
            return null;
        }

        return request.HasLatitude ? new EclipsePlace(request.Latitude, request.Longitude) : null;
    }

    internal static Contract.SolarEclipse ToContract(SolarEclipse eclipse) => new()
    {
        Type = (Contract.SolarEclipseType)(int)eclipse.Kind,
        Central = eclipse.Central,
        Maximum = Instant(eclipse.Maximum),
        Begin = Instant(eclipse.Begin),
        End = Instant(eclipse.End),
        TotalityBegin = Instant(eclipse.TotalityBegin),
        TotalityEnd = Instant(eclipse.TotalityEnd),
        CentralLineBegin = Instant(eclipse.CentralLineBegin),
        CentralLineEnd = Instant(eclipse.CentralLineEnd),
        Magnitude = eclipse.Magnitude,
        DiameterFraction = eclipse.DiameterFraction,
        Obscuration = eclipse.Obscuration,
        Local = eclipse.Local is { } local ? ToContract(local) : null,
    };

    internal static Contract.LunarEclipse ToContract(LunarEclipse eclipse) => new()
    {
        Type = (Contract.LunarEclipseType)(int)eclipse.Kind,
        Maximum = Instant(eclipse.Maximum),
        PenumbralBegin = Instant(eclipse.PenumbralBegin),
        PartialBegin = Instant(eclipse.PartialBegin),
        TotalityBegin = Instant(eclipse.TotalityBegin),
        TotalityEnd = Instant(eclipse.TotalityEnd),
        PartialEnd = Instant(eclipse.PartialEnd),
        PenumbralEnd = Instant(eclipse.PenumbralEnd),
        UmbralMagnitude = eclipse.UmbralMagnitude,
        PenumbralMagnitude = eclipse.PenumbralMagnitude,
        Local = eclipse.Local is { } local ? ToContract(local) : null,
    };

    private static Contract.LocalSolarEclipse ToContract(LocalSolarEclipse seen) => new()
    {
        Visible = seen.Visible,
        Type = seen.Kind is { } kind ? (Contract.SolarEclipseType)(int)kind : Contract.SolarEclipseType.Unspecified,
        Maximum = Instant(seen.Maximum),
        MaximumVisible = seen.MaximumVisible,
        FirstContact = Instant(seen.FirstContact),
        SecondContact = Instant(seen.SecondContact),
        ThirdContact = Instant(seen.ThirdContact),
        FourthContact = Instant(seen.FourthContact),
        Sunrise = Instant(seen.Sunrise),
        Sunset = Instant(seen.Sunset),
        Magnitude = seen.Magnitude,
        DiameterFraction = seen.DiameterFraction,
        Obscuration = seen.Obscuration,
        SunAltitude = seen.SunAltitude,
        SunApparentAltitude = seen.SunApparentAltitude,
    };

    private static Contract.LocalLunarEclipse ToContract(LocalLunarEclipse seen) => new()
    {
        Visible = seen.Visible,
        Maximum = Instant(seen.Maximum),
        MaximumVisible = seen.MaximumVisible,
        PenumbralBegin = Instant(seen.PenumbralBegin),
        PartialBegin = Instant(seen.PartialBegin),
        TotalityBegin = Instant(seen.TotalityBegin),
        TotalityEnd = Instant(seen.TotalityEnd),
        PartialEnd = Instant(seen.PartialEnd),
        PenumbralEnd = Instant(seen.PenumbralEnd),
        Moonrise = Instant(seen.Moonrise),
        Moonset = Instant(seen.Moonset),
        UmbralMagnitude = seen.UmbralMagnitude,
        PenumbralMagnitude = seen.PenumbralMagnitude,
        MoonAltitude = seen.MoonAltitude,
        MoonApparentAltitude = seen.MoonApparentAltitude,
    };

    private static string Instant(DateTime? utc) => EphemerisMapping.ToMilliseconds(utc);
}
