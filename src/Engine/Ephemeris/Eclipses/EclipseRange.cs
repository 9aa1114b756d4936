using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Ephemeris.Eclipses;

/// <summary>
/// The eclipse functions report type bits, not the ephemeris they used, and their error buffer carries routine notes
/// ("no lunar eclipse at tjd = …" from their inner steps), so the Moshier fallback outside the installed files cannot be
/// read from an answer. Instead an eclipse is kept only when all of it, first to last contact, lies inside
/// <see cref="SupportedRange"/>, which the files cover.
/// </summary>
internal static class EclipseRange
{
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
