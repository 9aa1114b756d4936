using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Ephemeris.Eclipses;

/// <summary>
/// The eclipse functions report type bits, not the ephemeris they used, and their error buffer carries routine notes
/// ("no lunar eclipse at tjd = …" from their inner steps), so the Moshier fallback outside the installed files cannot be
/// read from an answer. Instead an eclipse is kept only when half a day either side of its maximum, which holds all
/// its phases, lies inside <see cref="SupportedRange"/>, which the files cover.
/// </summary>
internal static class EclipseRange
{
    /// <summary>
    /// More than half of the longest eclipse: a solar eclipse lasts at most ~6.5 h from first to last contact on Earth, a
    /// lunar one at most ~6 h in the penumbra. The maximum is used, not the contacts, because the library does not
    /// always find the contacts of a grazing eclipse (1935-01-05, magnitude 0.001: tret[2] and tret[3] stay 0).
    /// </summary>
    internal const double HalfSpanDays = 0.5;

    /// <summary>
    /// How far before a window the search starts. The library steps from one syzygy to the next, so an eclipse whose
    /// maximum falls just after the search's start but whose conjunction (or opposition) falls just before it is skipped
    /// (measured: a search from one second before the maximum of 2024-04-08 missed that eclipse). The
    /// maximum and the syzygy are hours apart at most; eclipses found before the window are dropped.
    /// </summary>
    internal const double SearchLeadDays = 1;

    internal static void Check(double firstJulianDayUt, double lastJulianDayUt)
    {
        foreach (var day in (ReadOnlySpan<double>)[firstJulianDayUt, lastJulianDayUt])
        {
            if (!SupportedRange.Contains(day))
            {
                throw new EphemerisRangeException(day);
            }
        }
    }
}
