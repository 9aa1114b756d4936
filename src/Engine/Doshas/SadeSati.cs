using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Ephemeris;

namespace Jyotishika.Engine.Doshas;

/// <summary>
/// Sade sati ("seven and a half" years): Saturn's transit through the 12th, 1st and 2nd signs from the natal Moon, about
/// 2½ years each, and the two dhaiyas (2½ years) in the 4th and 8th. Transits are judged from the Moon's sign (gochara,
/// as in Phaladeepika's chapter on transits); the three-sign span and the names of the phases follow modern practice. The
/// timeline follows Saturn sign by sign, so a retrograde return into a sign already left is its own interval.
/// </summary>
public static class SadeSati
{
    /// <summary>The default span: from birth to this many years after.</summary>
    public const int DefaultYears = 100;

    public static CitedRule Rule { get; } =
        new(nameof(SadeSati), "Modern practice on Saturn's transit from the natal Moon's sign (gochara from the Moon)");

    /// <summary>The phase of a sign of Saturn, or null for the other seven signs.</summary>
    public static SadeSatiPhase? PhaseOf(int moonSign, int saturnSign) => SignChart.Houses.Count(moonSign, saturnSign) switch
    {
        12 => SadeSatiPhase.Rising,
        1 => SadeSatiPhase.Peak,
        2 => SadeSatiPhase.Setting,
        4 => SadeSatiPhase.FourthDhaiya,
        8 => SadeSatiPhase.EighthDhaiya,
        _ => null,
    };

    /// <summary>
    /// The timeline over [<paramref name="start"/>, <paramref name="end"/>) from Saturn's sign at the start and its sign
    /// ingresses in the span. Pure: the ephemeris search is <see cref="ComputeAsync"/>'s business.
    /// </summary>
    public static SadeSatiTimeline Build(
        int moonSign, int saturnSignAtStart, DateTime start, DateTime end, IEnumerable<SaturnIngress> ingresses)
    {
        ArgumentNullException.ThrowIfNull(ingresses);
        var stays = new List<(int Sign, DateTime Start)> { (saturnSignAtStart, start) };
        stays.AddRange(ingresses
            .Where(ingress => ingress.Utc > start && ingress.Utc < end)
            .OrderBy(ingress => ingress.Utc)
            .Select(ingress => (ingress.Entered, ingress.Utc)));

        var intervals = new List<SadeSatiInterval>();
        for (var index = 0; index < stays.Count; index++)
        {
            var (sign, since) = stays[index];
            if (PhaseOf(moonSign, sign) is { } phase)
            {
                var until = index + 1 < stays.Count ? stays[index + 1].Start : end;
                intervals.Add(new(phase, sign, since, until, IsReEntry(stays, index)));
            }
        }

        return new(moonSign, start, end, intervals);
    }

    /// <summary>
    /// The timeline from <paramref name="birthUtc"/> to <paramref name="years"/> years after (cut at the end of the
    /// installed ephemeris), from Saturn's sign at birth and its sign ingresses, in the frame of
    /// <paramref name="settings"/> (the natal chart's: the Moon's sign depends on the ayanamsha).
    /// </summary>
    public static async Task<SadeSatiTimeline> ComputeAsync(
        EphemerisEngine engine,
        DateTime birthUtc,
        int moonSign,
        ChartSettings settings,
        int years = DefaultYears,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(years);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(years, EventsQuery.MaxYears);
        // The range's end is exclusive but an ephemeris query's end must lie inside it: stop a second short.
        var lastInstant = SupportedRange.EndInstant.AddSeconds(-1);
        var end = birthUtc.AddYears(years);
        if (end > lastInstant)
        {
            end = lastInstant;
        }

        if (end <= birthUtc.AddSeconds(1))
        {
            // Born in the ephemeris's last second or two: no span left to follow Saturn through.
            return new(moonSign, birthUtc, birthUtc, []);
        }

        int? signAtBirth = null;
        // A positions query needs an end after its start; a step longer than the range yields the start alone.
        var atBirth = new PositionsQuery(birthUtc, birthUtc.AddSeconds(1), 2, [Graha.Saturn], settings);
        await foreach (var positions in engine.StreamPositionsAsync(atBirth, cancellationToken).ConfigureAwait(false))
        {
            signAtBirth = Placement.Of(positions.States[0].Longitude).Sign;
        }

        var ingresses = new List<SaturnIngress>();
        var query = new EventsQuery(birthUtc, end, [Graha.Saturn], [EventKind.SignIngress], settings);
        await foreach (var found in engine.SearchEventsAsync(query, cancellationToken).ConfigureAwait(false))
        {
            ingresses.Add(new(found.Utc, found.Sign));
        }

        return Build(moonSign, signAtBirth!.Value, birthUtc, end, ingresses);
    }

    /// <summary>
    /// Saturn had already stood in this sign during the same passage: looking back, the sign comes again before Saturn
    /// was ever two or more signs away from it (a retrograde swing reaches back one sign only). The first stay of the
    /// span cannot be judged and is not one.
    /// </summary>
    private static bool IsReEntry(List<(int Sign, DateTime Start)> stays, int index)
    {
        var sign = stays[index].Sign;
        for (var earlier = index - 1; earlier >= 0; earlier--)
        {
            var distance = Math.Abs(stays[earlier].Sign - sign);
            if (Math.Min(distance, 12 - distance) >= 2)
            {
                return false;
            }

            if (distance == 0)
            {
                return true;
            }
        }

        return false;
    }
}
