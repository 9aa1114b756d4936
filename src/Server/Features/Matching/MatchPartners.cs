using Jyotishika.Engine;
using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Matching;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Matching;

/// <summary>A partner as matching reads them.</summary>
/// <param name="Star">The Moon's nakshatra and pada.</param>
/// <param name="Chart">The rasi chart, from a birth or placements; null for a bare Moon star (no Manglik then).</param>
/// <param name="ChartSettings">A birth chart's conventions, echoed; null otherwise.</param>
public sealed record MatchPartner(MoonStar Star, SignChart? Chart, Contract.ChartSettings? ChartSettings);

/// <summary>
/// A <see cref="Contract.MatchPerson"/> to a <see cref="MatchPartner"/>: exactly one of a birth (computed as ComputeChart
/// computes it, through its cache), placements (the Moon's degree required) or a Moon star. Faults are named under
/// <c>field</c> (bride, groom, person, candidates[3].person).
/// </summary>
public sealed class MatchPartners(SignChartSource charts)
{
    public async Task<MatchPartner?> ReadAsync(
        Contract.MatchPerson? person, string field, RequestViolations violations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var given = person is null ? 0 : new object?[] { person.Birth, person.Placements, person.MoonStar }.Count(part => part is not null);
        if (given != 1)
        {
            violations.Add(field, given == 0
                ? "is required: a birth, placements or moonStar (the Moon's nakshatra and pada)"
                : "takes one of birth, placements or moonStar, not several");
            return null;
        }

        if (person!.MoonStar is { } star)
        {
            return FromStar(star, $"{field}.moonStar", violations);
        }

        var read = await charts.ReadAsync(
            person.Birth, person.Placements, violations, cancellationToken, $"{field}.birth", $"{field}.placements").ConfigureAwait(false);
        var moon = read.Chart.Grahas[Graha.Moon];
        if (read.Computed?.Planets.First(planet => planet.Planet == Contract.Planet.Moon).Longitude is { } computed)
        {
            return new MatchPartner(MoonStar.FromLongitude(computed), read.Chart, read.Computed.Settings);
        }

        if (moon.DegreeInSign is not { } degree)
        {
            var index = person.Placements.Grahas.ToList().FindIndex(placement => placement.Graha == Contract.Planet.Moon);
            violations.Add($"{field}.placements.grahas[{index}].degree", "is required for matching: the Moon's degree gives its nakshatra and pada");
            return null;
        }

        return new MatchPartner(MoonStar.FromLongitude((moon.Sign * Zodiac.SignSpan) + degree), read.Chart, null);
    }

    private static MatchPartner? FromStar(Contract.MoonStar star, string field, RequestViolations violations)
    {
        var valid = true;
        if (star.Nakshatra is < 1 or > Nakshatra.Count)
        {
            valid = violations.Refuse($"{field}.nakshatra", $"must be 1 (Ashwini) … {Nakshatra.Count} (Revati)", false);
        }

        if (star.Pada is < 1 or > 4)
        {
            valid = violations.Refuse($"{field}.pada", "must be 1 … 4", false);
        }

        return valid ? new MatchPartner(new MoonStar(star.Nakshatra, star.Pada), null, null) : null;
    }
}
