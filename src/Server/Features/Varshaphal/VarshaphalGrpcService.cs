using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Jyotishika.Engine;
using Jyotishika.Engine.Tajaka;
using Jyotishika.Engine.Time;
using NodaTime;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Varshaphal;

/// <summary>VarshaphalService: read the birth and the year, cast the annual chart (and a month's or sixty hours'), map back.</summary>
public sealed class VarshaphalGrpcService(
    ChartRequestMapper births, ChartEngine engine, EphemerisDescription ephemeris, IDateTimeZoneProvider zones)
    : Contract.VarshaphalService.VarshaphalServiceBase
{
    /// <summary>Years of life answered: a return more than 150 years on is no one's.</summary>
    public const int MaxYear = 150;

    public override async Task<Contract.VarshaphalResponse> ComputeVarshaphal(Contract.VarshaphalRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var query = VarshaphalRequestMapper.Map(request, births);
        var token = context.CancellationToken;
        var annual = await Engine.Tajaka.Varshaphal.ComputeAsync(engine, query.Birth, query.CompletedYears, query.Options, token).ConfigureAwait(false);
        var response = new Contract.VarshaphalResponse
        {
            Year = query.CompletedYears + 1,
            CompletedYears = query.CompletedYears,
            Pravesha = Timestamp.FromDateTime(annual.PraveshaUtc),
            Chart = ChartAt(annual.Chart, query.Time),
            SolarReturn = Timestamp.FromDateTime(annual.SolarReturnUtc),
            NextSolarReturn = Timestamp.FromDateTime(annual.NextSolarReturnUtc),
            Daytime = annual.Daytime,
            MunthaSign = annual.MunthaSign,
            YearLord = SettingsMapping.ToContract(annual.YearLord.Graha),
            Settings = VarshaphalRequestMapper.ToContract(query.Options),
        };
        response.YearLordCandidates.AddRange(annual.YearLord.Candidates.Select(candidate =>
        {
            var contract = new Contract.YearLordCandidate
            {
                Planet = SettingsMapping.ToContract(candidate.Graha),
                AspectOnLagna = StableKeys.UpperSnake(candidate.AspectOnLagna),
                Bala = candidate.Bala.Total,
            };
            contract.Roles.AddRange(candidate.Roles.Select(StableKeys.UpperSnake));
            return contract;
        }));
        response.PanchaVargeeyaBalas.AddRange(annual.Balas.Select(bala => new Contract.PanchaVargeeyaBala
        {
            Planet = SettingsMapping.ToContract(bala.Graha),
            Kshetra = bala.Kshetra,
            Uchcha = bala.Uchcha,
            Hadda = bala.Hadda,
            Drekkana = bala.Drekkana,
            Navamsa = bala.Navamsa,
            Total = bala.Total,
        }));
        response.MuddaDasha.AddRange(annual.MuddaDasha.Select(DashaMapping.Period));
        response.MasaPraveshas.AddRange(annual.MasaPraveshas.Select(Timestamp.FromDateTime));
        if (query.Month is { } month)
        {
            var monthChart = await Engine.Tajaka.Varshaphal.MasaPraveshaAsync(engine, query.Birth, query.CompletedYears, month, token).ConfigureAwait(false);
            response.MonthChart = ChartAt(monthChart, query.Time);
            if (query.SixtyHourPart is { } part)
            {
                var sixty = await Engine.Tajaka.Varshaphal.SixtyHourPraveshaAsync(engine, query.Birth, query.CompletedYears, month, part, token)
                    .ConfigureAwait(false);
                response.SixtyHourChart = ChartAt(sixty, query.Time);
            }
        }

        return response;
    }

    /// <summary>A chart of another instant at the birthplace, its local time in the birth's zone (or fixed offset).</summary>
    private Contract.ChartResponse ChartAt(Chart chart, ResolvedBirthTime birth)
    {
        var utc = chart.UtcInstant;
        var offset = birth.TimeZoneId is { } id && zones.GetZoneOrNull(id) is { } zone
            ? zone.GetUtcOffset(Instant.FromDateTimeUtc(utc)).Seconds
            : birth.UtcOffsetSeconds;
        var local = utc.AddSeconds(offset).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        return ChartResponseMapper.ToResponse(chart, new ResolvedBirthTime(utc, offset, birth.TimeZoneId, birth.Source, false, local), ephemeris.Text);
    }
}
