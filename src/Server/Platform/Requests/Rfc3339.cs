using System.Globalization;

namespace Jyotishika.Server.Platform.Requests;

/// <summary>
/// The one reading of an RFC 3339 instant in a request field: a date, <c>T</c>, a time, and <c>Z</c> or a
/// <c>±hh:mm</c> offset (RFC 3339 §5.6; either letter in either case). An instant without an offset names no moment,
/// so it is refused here; fields that take a local time read it elsewhere, with its zone.
/// </summary>
public static class Rfc3339
{
    /// <summary>Shortest valid text: <c>2026-01-01T00:00:00Z</c>.</summary>
    private const int MinLength = 20;

    public static bool TryParseInstant(string? text, out DateTime utc)
    {
        utc = default;
        text = text?.Trim() ?? string.Empty;
        if (text.Length < MinLength || text[10] is not ('T' or 't')
            || !(text[^1] is 'Z' or 'z' || (text[^6] is '+' or '-' && text[^3] == ':'))
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return false;
        }

        utc = instant.UtcDateTime;
        return true;
    }
}
