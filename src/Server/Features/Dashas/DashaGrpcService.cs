using Jyotishika.Engine;
using Jyotishika.Engine.Dasha;
using Jyotishika.V1;

namespace Jyotishika.Server.Features.Dashas;

/// <summary>DashaService: validate, compute the Moon through the engine, walk the period tree.</summary>
public sealed class DashaGrpcService(ChartEngine engine, DashaRequestMapper mapper) : DashaService.DashaServiceBase
{
    /// <summary>Largest unary answer; deeper trees over long windows belong to StreamDasha.</summary>
    public const int MaxUnaryPeriods = 10_000;

    public override async Task<DashaResponse> ComputeDasha(DashaRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = mapper.Map(request);
        var chart = await engine.ComputeAsync(query.Birth, context.CancellationToken).ConfigureAwait(false);
        var moon = MoonLongitude(chart);
        var entry = query.StartingStar.EntryLongitude(moon);
        var scheme = DashaScheme.For(query.System);
        var periods = DashaCalculator.Periods(scheme, entry, query.Time.Utc, query.YearLength, query.Depth, query.From, query.To)
            .Take(MaxUnaryPeriods + 1)
            .ToList();
        if (periods.Count > MaxUnaryPeriods)
        {
            throw new InvalidRequestException(
                "depth",
                $"the request covers more than {MaxUnaryPeriods} periods; lower depth, narrow fromDate/toDate, or use StreamDasha " +
                "(POST /v1/dasha:stream)");
        }

        var balance = DashaCalculator.Balance(scheme, entry, query.Time.Utc, query.YearLength);
        var nakshatra = Nakshatra.Of(moon);
        var response = new DashaResponse
        {
            Settings = DashaMapping.Settings(query),
            Time = BirthTimeMapping.ToContract(query.Time, chart.JulianDayUt, chart.Settings.TimeScale),
            MoonLongitude = moon,
            MoonNakshatraNumber = nakshatra.Number,
            MoonNakshatra = nakshatra.Name,
            BirthLord = DashaMapping.Lord(balance.Lord),
            ElapsedFraction = balance.ElapsedFraction,
            BalanceYears = balance.BalanceYears,
        };
        response.Periods.AddRange(periods.Select(DashaMapping.Period));
        if (query.At is { } at)
        {
            response.RunningAt.AddRange(
                DashaCalculator.RunningAt(scheme, entry, query.Time.Utc, query.YearLength, query.Depth, at).Select(DashaMapping.Period));
        }

        return response;
    }

    public override async Task StreamDasha(DashaRequest request, IServerStreamWriter<V1.DashaPeriod> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(responseStream);
        ArgumentNullException.ThrowIfNull(context);
        var query = mapper.Map(request);
        var chart = await engine.ComputeAsync(query.Birth, context.CancellationToken).ConfigureAwait(false);
        var entry = query.StartingStar.EntryLongitude(MoonLongitude(chart));
        var scheme = DashaScheme.For(query.System);
        foreach (var period in DashaCalculator.Periods(scheme, entry, query.Time.Utc, query.YearLength, query.Depth, query.From, query.To))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            await responseStream.WriteAsync(DashaMapping.Period(period)).ConfigureAwait(false);
        }
    }

    private static double MoonLongitude(Chart chart) => chart.Grahas.First(g => g.Graha == Graha.Moon).Longitude;
}
