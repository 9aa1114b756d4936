using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Ephemeris.Eclipses;

/// <summary>
/// Lunar eclipses with their maximum in [start, end), in one synchronous pool job: swe_lun_eclipse_when for each
/// eclipse, swe_lun_eclipse_how at its maximum for the magnitudes, and with a place one forward chain of
/// swe_lun_eclipse_when_loc, matched to the global eclipse whose span holds its (visible) maximum.
/// </summary>
internal static class LunarEclipseFinder
{
    internal static List<LunarEclipse> Find(
        EphemerisSession session, DateTime startUtc, DateTime endUtc, EclipsePlace? place, CancellationToken cancellationToken)
    {
        var clock = new EclipseClock(session);
        return Find(session, clock, clock.JulianDayUt(startUtc), clock.JulianDayUt(endUtc), place, cancellationToken);
    }

    /// <summary>The eclipses with their maximum in [<paramref name="start"/>, <paramref name="end"/>), Julian days (UT1).</summary>
    internal static List<LunarEclipse> Find(
        EphemerisSession session, EclipseClock clock, double start, double end, EclipsePlace? place,
        CancellationToken cancellationToken)
    {
        var searchFrom = start - EclipseRange.SearchLeadDays;
        NativeEclipse? local = null;
        var found = new List<LunarEclipse>();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var global = session.NextLunarEclipse(searchFrom);
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
            // The place only sets the altitudes, which the global record does not report.
            var how = session.LunarEclipseHow(maximum, place?.Latitude ?? 0, place?.Longitude ?? 0);
            LocalLunarEclipse? seen = null;
            if (place is not null)
            {
                // Lunar eclipses are at least a lunar month apart: a day before this maximum is after the previous eclipse.
                if (local is null || local.Times[0] < maximum - EclipseRange.HalfSpanDays)
                {
                    local = session.NextLocalLunarEclipse(maximum - 1, place.Latitude, place.Longitude);
                }

                seen = local.Times[0] <= maximum + EclipseRange.HalfSpanDays ? Visible(clock, local) : NotVisible(clock, how, maximum);
            }

            found.Add(new LunarEclipse
            {
                Kind = Kind(global.Flags),
                Maximum = clock.Utc(maximum),
                MaximumJulianDayUt = maximum,
                PenumbralBegin = clock.Utc(global.Times[6]),
                PartialBegin = clock.Utc(global.TimeOrNull(2)),
                TotalityBegin = clock.Utc(global.TimeOrNull(4)),
                TotalityEnd = clock.Utc(global.TimeOrNull(5)),
                PartialEnd = clock.Utc(global.TimeOrNull(3)),
                PenumbralEnd = clock.Utc(global.Times[7]),
                UmbralMagnitude = how.Attributes[0],
                PenumbralMagnitude = how.Attributes[1],
                Local = seen,
            });

            // Lunar eclipses are at least a lunar month apart; one day clears this maximum without skipping the next.
            searchFrom = maximum + 1;
        }
    }

    internal static LunarEclipseKind Kind(int flags) =>
        (flags & SwissEph.EclipseTotal) != 0 ? LunarEclipseKind.Total
        : (flags & SwissEph.EclipsePartial) != 0 ? LunarEclipseKind.Partial
        : (flags & SwissEph.EclipsePenumbral) != 0 ? LunarEclipseKind.Penumbral
        : throw new EphemerisException($"Lunar eclipse without a type (flags {flags})");

    private static LocalLunarEclipse Visible(EclipseClock clock, NativeEclipse local)
    {
        return new LocalLunarEclipse
        {
            Visible = true,
            Maximum = clock.Utc(local.Times[0]),
            MaximumVisible = local.Has(SwissEph.EclipseMaximumVisible),
            PenumbralBegin = VisiblePhase(clock, local, 6, SwissEph.EclipsePenumbralBeginVisible),
            // swephexp.h gives the partial and total phases the solar contact bits (SE_ECL_PARTBEG_VISIBLE = SE_ECL_1ST_VISIBLE …).
            PartialBegin = VisiblePhase(clock, local, 2, SwissEph.EclipseFirstContactVisible),
            TotalityBegin = VisiblePhase(clock, local, 4, SwissEph.EclipseSecondContactVisible),
            TotalityEnd = VisiblePhase(clock, local, 5, SwissEph.EclipseThirdContactVisible),
            PartialEnd = VisiblePhase(clock, local, 3, SwissEph.EclipseFourthContactVisible),
            PenumbralEnd = VisiblePhase(clock, local, 7, SwissEph.EclipsePenumbralEndVisible),
            Moonrise = clock.Utc(local.TimeOrNull(8)),
            Moonset = clock.Utc(local.TimeOrNull(9)),
            UmbralMagnitude = local.Attributes[0],
            PenumbralMagnitude = local.Attributes[1],
            MoonAltitude = local.Attributes[5],
            MoonApparentAltitude = local.Attributes[6],
        };
    }

    private static LocalLunarEclipse NotVisible(EclipseClock clock, NativeEclipse how, double maximum) => new()
    {
        Visible = false,
        Maximum = clock.Utc(maximum),
        MaximumVisible = false,
        UmbralMagnitude = how.Attributes[0],
        PenumbralMagnitude = how.Attributes[1],
        MoonAltitude = how.Attributes[5],
        MoonApparentAltitude = how.Attributes[6],
    };

    /// <summary>
    /// A phase where the library reports the Moon up at it and has not cleared it for falling before moonrise or after
    /// moonset: swe_lun_eclipse_when_loc sets the visibility bits before clearing those instants, so both must hold.
    /// </summary>
    private static DateTime? VisiblePhase(EclipseClock clock, NativeEclipse local, int index, int visibleFlag) =>
        local.Has(visibleFlag) ? clock.Utc(local.TimeOrNull(index)) : null;
}
