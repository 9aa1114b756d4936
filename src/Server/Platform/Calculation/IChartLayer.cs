using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Platform.Calculation;

/// <summary>
/// A part a chart answer carries on request, computed by the feature that owns it (the Jaimini layer …). The chart
/// feature asks every registered layer, so it depends on none of them and a new capability adds itself.
/// </summary>
public interface IChartLayer
{
    /// <summary>Whether the request asks for this layer.</summary>
    bool IsRequested(Contract.ChartRequest request);

    /// <summary>Checks the request's part of it (faults named under the request's fields) and adds it to the answer.</summary>
    Task AddAsync(Contract.ChartRequest request, Contract.ChartResponse response, CancellationToken cancellationToken);
}
