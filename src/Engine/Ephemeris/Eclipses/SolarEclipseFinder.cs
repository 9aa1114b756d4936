using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Ephemeris.Eclipses;

/// <summary>
/// Solar eclipses with their maximum in [start, end), in one synchronous pool job. Each global eclipse comes from
/// swe_sol_eclipse_when_glob (searching from just after the previous maximum); with a place, one forward chain of
/// swe_sol_eclipse_when_loc answers visibility for all of them: a local eclipse whose maximum falls within the global
/// eclipse's span is that eclipse seen from here, and every global eclipse it skipped is not visible.
/// </summary>
internal static class SolarEclipseFinder
{
    internal static List<SolarEclipse> Find(
        EphemerisSession session, DateTime startUtc, DateTime endUtc, EclipsePlace? place, CancellationToken cancellationToken)
    {
        var clock = new EclipseClock(session);
        return Find(session, clock, clock.JulianDayUt(startUtc), clock.JulianDayUt(endUtc), place, cancellationToken);
    }

    /// <summary>The eclipses with their maximum in [<paramref name="start"/>, <paramref name="end"/>), Julian days (UT1).</summary>
    internal static List<SolarEclipse> Find(
        EphemerisSession session, EclipseClock clock, double start, double end, EclipsePlace? place,
        CancellationToken cancellationToken)
    {
        var searchFrom = start - EclipseRange.SearchLeadDays;
        NativeEclipse? local = null;
        var found = new List<SolarEclipse>();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var global = session.NextSolarEclipse(searchFrom);
            var maximum = global.Times[0];
            if (maximum >= end)
            {
                return found;
            }

            if (maximum < start)
            {
                searchFrom = maximum + 1;
                continue;
            }

            EclipseRange.Check(maximum - EclipseRange.HalfSpanDays, maximum + EclipseRange.HalfSpanDays);
            var where = session.SolarEclipseWhere(maximum);
            LocalSolarEclipse? seen = null;
            if (place is not null)
            {
                // A local eclipse lies within its global one; searching from a day before the global maximum cannot reach
                // the previous eclipse, which is at least a lunar month earlier.
                if (local is null || local.Times[0] < maximum - EclipseRange.HalfSpanDays)
                {
                    local = session.NextLocalSolarEclipse(maximum - 1, place.Latitude, place.Longitude);
                }

                seen = local.Times[0] <= maximum + EclipseRange.HalfSpanDays
                    ? Visible(clock, local)
                    : NotVisible(clock, session.SolarEclipseHow(maximum, place.Latitude, place.Longitude), maximum);
            }

            var kind = Kind(global.Flags);
            var central = global.Has(SwissEph.EclipseCentral);
            // The umbral and central-line instants mean nothing for a partial or non-central eclipse; the library leaves
            // them 0 there, except in the grazing case it cannot time (1935-01-05), where it leaves a stray tret[4].
            var umbral = kind != SolarEclipseKind.Partial;
            found.Add(new SolarEclipse
            {
                Kind = kind,
                Central = central,
                Maximum = clock.Utc(maximum),
                MaximumJulianDayUt = maximum,
                Begin = clock.Utc(global.TimeOrNull(2)),
                End = clock.Utc(global.TimeOrNull(3)),
                TotalityBegin = umbral ? clock.Utc(global.TimeOrNull(4)) : null,
                TotalityEnd = umbral ? clock.Utc(global.TimeOrNull(5)) : null,
                CentralLineBegin = central ? clock.Utc(global.TimeOrNull(6)) : null,
                CentralLineEnd = central ? clock.Utc(global.TimeOrNull(7)) : null,
                Magnitude = where.Attributes[8],
                DiameterFraction = where.Attributes[0],
                Obscuration = where.Attributes[2],
                Local = seen,
            });

            // Solar eclipses are at least a lunar month apart; one day clears this maximum without skipping the next.
            searchFrom = maximum + 1;
        }
    }

    /// <summary>The library's type bits; hybrid is tested first as it is the rarest and excludes the others.</summary>
    internal static SolarEclipseKind Kind(int flags) =>
        (flags & SwissEph.EclipseAnnularTotal) != 0 ? SolarEclipseKind.Hybrid
        : (flags & SwissEph.EclipseTotal) != 0 ? SolarEclipseKind.Total
        : (flags & SwissEph.EclipseAnnular) != 0 ? SolarEclipseKind.Annular
        : (flags & SwissEph.EclipsePartial) != 0 ? SolarEclipseKind.Partial
        : throw new EphemerisException($"Solar eclipse without a type (flags {flags})");

    private static LocalSolarEclipse Visible(EclipseClock clock, NativeEclipse local)
    {
        return new LocalSolarEclipse
        {
            Visible = true,
            Kind = Kind(local.Flags),
            Maximum = clock.Utc(local.Times[0]),
            MaximumVisible = local.Has(SwissEph.EclipseMaximumVisible),
            FirstContact = VisibleContact(clock, local, 1, SwissEph.EclipseFirstContactVisible),
            SecondContact = VisibleContact(clock, local, 2, SwissEph.EclipseSecondContactVisible),
            ThirdContact = VisibleContact(clock, local, 3, SwissEph.EclipseThirdContactVisible),
            FourthContact = VisibleContact(clock, local, 4, SwissEph.EclipseFourthContactVisible),
            Sunrise = clock.Utc(local.TimeOrNull(5)),
            Sunset = clock.Utc(local.TimeOrNull(6)),
            Magnitude = local.Attributes[8],
            DiameterFraction = local.Attributes[0],
            Obscuration = local.Attributes[2],
            SunAltitude = local.Attributes[5],
            SunApparentAltitude = local.Attributes[6],
        };
    }

    private static LocalSolarEclipse NotVisible(EclipseClock clock, NativeEclipse how, double maximum) => new()
    {
        Visible = false,
        Maximum = clock.Utc(maximum),
        MaximumVisible = false,
        Magnitude = 0,
        DiameterFraction = 0,
        Obscuration = 0,
        SunAltitude = how.Attributes[5],
        SunApparentAltitude = how.Attributes[6],
    };

    /// <summary>A contact, where it occurs and the library reports the Sun up at it (as swetest -local prints them).</summary>
    private static DateTime? VisibleContact(EclipseClock clock, NativeEclipse local, int index, int visibleFlag) =>
        local.Has(visibleFlag) ? clock.Utc(local.TimeOrNull(index)) : null;
}
