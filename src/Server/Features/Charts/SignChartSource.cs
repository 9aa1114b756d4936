using Jyotishika.Engine.Analysis;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Charts;

/// <summary>A sign chart and, when it came from a birth, the chart answer it was read from.</summary>
/// <param name="Chart">The rasi chart as signs.</param>
/// <param name="Computed">The ComputeChart answer for a birth (its settings and time are echoed); null for placements.</param>
public sealed record SignChartRead(SignChart Chart, Contract.ChartResponse? Computed);

/// <summary>
/// The chart of a sign-based analysis from either of its two sources: a birth, computed exactly as ComputeChart computes
/// it (through the same cache), or placements typed from paper. Exactly one must be given; every fault is named under
/// the request's field names.
/// </summary>
public sealed class SignChartSource(ChartComputation charts)
{
    public async Task<SignChartRead> ReadAsync(
        Contract.ChartRequest? birth, Contract.Placements? placements, RequestViolations violations, CancellationToken cancellationToken,
        string birthField = "birth", string placementsField = "placements")
    {
        ArgumentNullException.ThrowIfNull(violations);
        if ((birth is null) == (placements is null))
        {
            violations.Add(birthField, birth is null
                ? $"is required, or {placementsField}: the chart to read, as a birth or as placements"
                : $"and {placementsField} are both given: send one");
            violations.ThrowIfAny();
        }

        if (placements is not null)
        {
            var typed = PlacementsMapping.ToSignChart(placements, placementsField, violations);
            violations.ThrowIfAny();
            return new SignChartRead(typed!, null);
        }

        Contract.ChartResponse? computed = null;
        try
        {
            computed = await charts.ComputeAsync(birth!, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidRequestException invalid)
        {
            violations.AddUnder(birthField, invalid.Violations);
        }

        // The birth's faults and the caller's other ones (settings mapped before this) in one answer.
        violations.ThrowIfAny();
        return new SignChartRead(FromResponse(computed!), computed);
    }

    /// <summary>The rasi chart of a ComputeChart answer, with degrees and motion.</summary>
    public static SignChart FromResponse(Contract.ChartResponse chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return new SignChart(
            chart.Ascendant.SignIndex,
            chart.Ascendant.DegreeInSign,
            chart.Planets.ToDictionary(
                planet => (Engine.Graha)(int)planet.Planet,
                planet => new SignPosition(planet.SignIndex, planet.DegreeInSign, planet.Retrograde)));
    }

    /// <summary>
    /// A divisional chart of a ComputeChart answer as signs, with each graha's degree within its varga sign; motion is
    /// the rasi chart's. The answer must carry that division (request it in the birth's vargas).
    /// </summary>
    public static SignChart FromVarga(Contract.ChartResponse chart, int division)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var varga = chart.DivisionalCharts.Single(d => d.Division == division);
        var retrograde = chart.Planets.ToDictionary(planet => planet.Planet, planet => planet.Retrograde);
        var ascendant = varga.Positions.Single(position => position.Ascendant);
        return new SignChart(
            ascendant.SignIndex,
            ascendant.DegreeInSign,
            varga.Positions.Where(position => !position.Ascendant).ToDictionary(
                position => (Engine.Graha)(int)position.Planet,
                position => new SignPosition(position.SignIndex, position.DegreeInSign, retrograde[position.Planet])));
    }
}
