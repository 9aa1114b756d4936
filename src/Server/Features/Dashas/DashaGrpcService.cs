using Jyotishika.Engine;
using Jyotishika.Engine.Dasha;
using Jyotishika.V1;

namespace Jyotishika.Server.Features.Dashas;

/// <summary>DashaService: validate, compute the chart through the engine, walk the system's period tree.</summary>
public sealed class DashaGrpcService(ChartEngine engine, DashaRequestMapper mapper) : DashaService.DashaServiceBase
{
    /// <summary>Largest unary answer; deeper trees over long windows belong to StreamDasha.</summary>
    public const int MaxUnaryPeriods = 10_000;

    public override async Task<DashaResponse> ComputeDasha(DashaRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = mapper.Map(request);
        var (chart, tree, yearDays) = await TreeAsync(query, context.CancellationToken).ConfigureAwait(false);
        var moon = MoonLongitude(chart);
        var nakshatra = Nakshatra.Of(moon);
        var response = new DashaResponse
        {
            Settings = DashaMapping.Settings(query, yearDays),
            Time = BirthTimeMapping.ToContract(query.Time, chart.JulianDayUt, chart.Settings.TimeScale),
            MoonLongitude = moon,
            MoonNakshatraNumber = nakshatra.Number,
            MoonNakshatra = nakshatra.Name,
        };
        if (DashaTrees.Condition(query.System, chart, query.Options) is { } condition)
        {
            response.Applicability = new V1.DashaApplicability { Applies = condition.Applies, Rule = condition.Rule };
        }

        if (tree is null)
        {
            // The chart gives the system no start (applicability says why): no periods, no birth lord.
            return response;
        }

        var periods = DashaCalculator.Periods(tree, query.Time.Utc, yearDays, query.Depth, query.From, query.End(yearDays))
            .Take(MaxUnaryPeriods + 1)
            .ToList();
        if (periods.Count > MaxUnaryPeriods)
        {
            throw new InvalidRequestException(
                "depth",
                $"the request covers more than {MaxUnaryPeriods} periods; lower depth, narrow fromDate/toDate, or use StreamDasha " +
                "(POST /v1/dasha:stream)");
        }

        var balance = DashaCalculator.Balance(tree, query.Time.Utc, yearDays);
        response.BirthLord = DashaMapping.Lord(balance.Lord);
        response.ElapsedFraction = balance.ElapsedFraction;
        response.BalanceYears = balance.BalanceYears;
        response.Periods.AddRange(periods.Select(DashaMapping.Period));
        if (query.At is { } at)
        {
            response.RunningAt.AddRange(DashaCalculator.RunningAt(tree, query.Time.Utc, yearDays, query.Depth, at).Select(DashaMapping.Period));
        }

        return response;
    }

    public override async Task StreamDasha(DashaRequest request, IServerStreamWriter<V1.DashaPeriod> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(responseStream);
        ArgumentNullException.ThrowIfNull(context);
        var query = mapper.Map(request);
        var (_, tree, yearDays) = await TreeAsync(query, context.CancellationToken).ConfigureAwait(false);
        if (tree is null)
        {
            return;
        }

        foreach (var period in DashaCalculator.Periods(tree, query.Time.Utc, yearDays, query.Depth, query.From, query.End(yearDays)))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            await responseStream.WriteAsync(DashaMapping.Period(period)).ConfigureAwait(false);
        }
    }

    private async Task<(Chart Chart, IDashaTree? Tree, double YearDays)> TreeAsync(DashaQuery query, CancellationToken cancellationToken)
    {
        var chart = await engine.ComputeAsync(query.Birth, cancellationToken).ConfigureAwait(false);
        var yearDays = query.YearLength == Engine.Dasha.DashaYearLength.TrueSidereal
            ? await SiderealSolarYear.DaysAroundAsync(engine, query.Birth.Value, cancellationToken).ConfigureAwait(false)
            : query.YearLength.Days();
        return (chart, DashaTrees.For(query.System, chart, query.Options), yearDays);
    }

    private static double MoonLongitude(Chart chart) => chart.Grahas.First(g => g.Graha == Graha.Moon).Longitude;
}
