using Google.Protobuf;
using NodaTime;
using NodaTime.Text;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Panchang;

/// <summary>A range request read as its first day's PanchangRequest, and its last date.</summary>
public static class PanchangRangeMapping
{
    /// <summary>The longest range, days: a leap year's calendar.</summary>
    public const int MaxDays = 366;

    /// <summary>
    /// The first day's request: PanchangRangeRequest repeats PanchangRequest's fields 1–12 with the same numbers and
    /// types, so its wire form read as a PanchangRequest is exactly that request (end_date stays an unknown field).
    /// </summary>
    public static Contract.PanchangRequest FirstDay(Contract.PanchangRangeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var day = Contract.PanchangRequest.Parser.ParseFrom(request.ToByteString());
        return day;
    }

    /// <summary>The last date, checked against the first (when that parsed); null after a violation.</summary>
    public static LocalDate? LastDate(Contract.PanchangRangeRequest request, RequestViolations violations)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(violations);
        var last = LocalDatePattern.Iso.Parse(request.EndDate?.Trim() ?? string.Empty);
        if (!last.Success)
        {
            violations.Add("endDate", "is required: the last calendar date, included, such as 2024-04-30");
            return null;
        }

        var first = LocalDatePattern.Iso.Parse(request.Date?.Trim() ?? string.Empty);
        if (first.Success && (last.Value < first.Value || Period.DaysBetween(first.Value, last.Value) >= MaxDays))
        {
            violations.Add("endDate", $"must be on or after date and at most {MaxDays - 1} days after it ({MaxDays} days in all)");
            return null;
        }

        return last.Value;
    }
}
