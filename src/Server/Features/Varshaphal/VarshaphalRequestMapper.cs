using Jyotishika.Engine;
using Jyotishika.Engine.Tajaka;
using Jyotishika.Engine.Time;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Varshaphal;

/// <summary>A varshaphal request, checked: the birth as a chart input, the year, the month and sixty-hour part, the options.</summary>
public sealed record VarshaphalQuery(
    ChartInput Birth, ResolvedBirthTime Time, int CompletedYears, int? Month, int? SixtyHourPart, VarshaphalOptions Options);

/// <summary>Reads a VarshaphalRequest, naming every bad field at once.</summary>
public static class VarshaphalRequestMapper
{
    /// <summary>Days of a sidereal year, to keep a year's charts (a return and the next) inside the supported dates.</summary>
    private const double YearDays = 365.256364;

    public static VarshaphalQuery Map(Contract.VarshaphalRequest request, ChartRequestMapper births)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(births);
        var violations = new RequestViolations();
        (Validated<ChartInput> Input, ResolvedBirthTime Time)? birth = null;
        if (request.Birth is null)
        {
            violations.Add("birth", "is required: the annual chart returns to the natal Sun of a birth");
        }
        else
        {
            try
            {
                birth = births.Map(request.Birth);
            }
            catch (InvalidRequestException invalid)
            {
                violations.AddUnder("birth", invalid.Violations);
            }
        }

        var completed = CompletedYears(request, violations);
        if (birth is { } known && completed is { } years &&
            !SupportedRange.Contains(known.Time.Utc.AddDays((years + 2) * YearDays)))
        {
            violations.Add(request.HasYear ? "year" : "completedYears", "puts the year's charts after 2399-12-31, the last supported date");
        }

        if (request.HasMonth && request.Month is < 1 or > 12)
        {
            violations.Add("month", "must be from 1 to 12");
        }

        if (request.HasSixtyHourPart && (request.SixtyHourPart is < 1 or > 12 || !request.HasMonth))
        {
            violations.Add("sixtyHourPart", request.HasMonth ? "must be from 1 to 12" : "needs month: a sixty-hour part is one of a month's twelve");
        }

        var settings = request.Settings ?? new Contract.VarshaphalSettings();
        var options = new VarshaphalOptions
        {
            Pravesha = violations.Choose((int)settings.Pravesha, PraveshaKind.SolarReturn, "settings.pravesha", "SOLAR_RETURN or TITHI_PRAVESHA"),
            KshetraScale = violations.Choose(
                (int)settings.KshetraScale, KshetraScale.FriendHalfOtherQuarter, "settings.kshetraScale",
                "FRIEND_HALF_OTHER_QUARTER, NEUTRAL_NOTHING or QUARTERS", 3),
        };
        violations.ThrowIfAny();
        return new VarshaphalQuery(
            birth!.Value.Input.Value, birth.Value.Time, completed!.Value, request.HasMonth ? request.Month : null,
            request.HasSixtyHourPart ? request.SixtyHourPart : null, options);
    }

    public static Contract.VarshaphalSettings ToContract(VarshaphalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new Contract.VarshaphalSettings
        {
            Pravesha = (Contract.PraveshaKind)(int)options.Pravesha,
            KshetraScale = (Contract.KshetraScale)(int)options.KshetraScale,
        };
    }

    /// <summary>The year of life less one, from whichever of the two fields was given.</summary>
    private static int? CompletedYears(Contract.VarshaphalRequest request, RequestViolations violations)
    {
        if (request.HasYear == request.HasCompletedYears)
        {
            violations.Add("year", request.HasYear
                ? "and completedYears are both given: send one (completedYears = year − 1)"
                : "is required (the year of life, 1 for the year from birth), or completedYears");
            return null;
        }

        if (request.HasYear)
        {
            if (request.Year is < 1 or > VarshaphalGrpcService.MaxYear)
            {
                violations.Add("year", $"must be from 1 to {VarshaphalGrpcService.MaxYear}");
                return null;
            }

            return request.Year - 1;
        }

        if (request.CompletedYears is < 0 or > VarshaphalGrpcService.MaxYear - 1)
        {
            violations.Add("completedYears", $"must be from 0 to {VarshaphalGrpcService.MaxYear - 1}");
            return null;
        }

        return request.CompletedYears;
    }
}
