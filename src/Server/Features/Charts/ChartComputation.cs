using Jyotishika.Engine;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Charts;

/// <summary>
/// A contract chart request to a contract chart response through the engine and the result cache: the one path live
/// calculations and saved profile charts both take. <see cref="Version"/> names the engine and mapping builds and the
/// ephemeris, so a stored chart from any other version is known to be stale.
/// </summary>
public sealed class ChartComputation(
    ChartEngine engine, ChartRequestMapper mapper, ChartCache cache, ChartCacheKey key, EphemerisDescription ephemeris,
    ChartCalculationTimer timer)
{
    public string Version => key.Version;

    public Task<Contract.ChartResponse> ComputeAsync(Contract.ChartRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ComputeAsync(request, request.Vargas, cancellationToken);
    }

    /// <summary>The chart with the divisional charts <paramref name="vargas"/> (which may differ from the request's own).</summary>
    public Task<Contract.ChartResponse> ComputeAsync(Contract.ChartRequest request, IReadOnlyList<int> vargas, CancellationToken cancellationToken)
    {
        var (input, time) = mapper.Map(request);
        return cache.GetOrComputeAsync(
            input.Value,
            time,
            vargas,
            async token =>
            {
                var chart = await timer.TimeAsync(input.Value.Settings, () => engine.ComputeAsync(input, token)).ConfigureAwait(false);
                var response = ChartResponseMapper.ToResponse(chart, time, ephemeris.Text);
                response.DivisionalCharts.AddRange(VargaMapping.ToContract(chart, vargas));
                return response;
            },
            cancellationToken);
    }
}
