using System.Globalization;

namespace Jyotishika.Engine.Places;

/// <summary>
/// The nautical time zone for a longitude at sea: 15° wide zones centred on multiples of 15°, as IANA's Etc/GMT±n
/// zones. IANA inverts the sign to match POSIX: Etc/GMT-5 is five hours <em>ahead</em> of UTC (east of Greenwich).
/// </summary>
internal static class NauticalZone
{
    public static string ForLongitude(double longitude)
    {
        // 180° itself is on the date line; taking ±12 from the sign of the longitude keeps -180 and 180 distinct days.
        var hoursAhead = (int)Math.Clamp(Math.Round(longitude / 15, MidpointRounding.AwayFromZero), -12, 12);
        return hoursAhead switch
        {
            0 => "Etc/GMT",
            > 0 => "Etc/GMT-" + hoursAhead.ToString(CultureInfo.InvariantCulture),
            _ => "Etc/GMT+" + (-hoursAhead).ToString(CultureInfo.InvariantCulture),
        };
    }
}
