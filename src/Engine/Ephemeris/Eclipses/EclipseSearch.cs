using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Ephemeris.Eclipses;

/// <summary>
/// Solar and lunar eclipses whose maximum falls in a UTC window, found by the Swiss Ephemeris eclipse functions on the
/// ephemeris pool; with a place, also how each looks from there. Each search runs as one job (a 200-year window takes
/// about a second; a place adds the local searches).
/// </summary>
public static class EclipseSearch
{
    /// <summary>The longest window, years: the same bound as an events query.</summary>
    public const int MaxYears = EventsQuery.MaxYears;

    /// <summary>Solar eclipses with their maximum in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), in time order.</summary>
    public static Task<IReadOnlyList<SolarEclipse>> SolarAsync(
        EphemerisPool pool, DateTime fromUtc, DateTime toUtc, EclipsePlace? place, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pool);
        InputProblems.ThrowIfAny(Validate(fromUtc, toUtc, place));
        return RunAsync(pool, session => SolarEclipseFinder.Find(session, fromUtc, toUtc, place, cancellationToken), cancellationToken);
    }

    /// <summary>Lunar eclipses with their maximum in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), in time order.</summary>
    public static Task<IReadOnlyList<LunarEclipse>> LunarAsync(
        EphemerisPool pool, DateTime fromUtc, DateTime toUtc, EclipsePlace? place, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pool);
        InputProblems.ThrowIfAny(Validate(fromUtc, toUtc, place));
        return RunAsync(pool, session => LunarEclipseFinder.Find(session, fromUtc, toUtc, place, cancellationToken), cancellationToken);
    }

    /// <summary>Every problem of a window and place (the shared empty list when there are none).</summary>
    public static IReadOnlyList<InputProblem> Validate(DateTime fromUtc, DateTime toUtc, EclipsePlace? place)
    {
        List<InputProblem>? problems = null;
        var fromValid = CheckInstant(fromUtc, InputPart.Start, ref problems);
        if (CheckInstant(toUtc, InputPart.End, ref problems) && fromValid)
        {
            if (toUtc <= fromUtc)
            {
                InputProblems.Add(ref problems, new(InputPart.End, ProblemKind.NotAfterStart));
            }
            else if (toUtc > fromUtc.AddYears(MaxYears))
            {
                InputProblems.Add(ref problems, new(InputPart.End, ProblemKind.TooLong) { Limits = new(0, MaxYears) });
            }
        }

        if (place is not null)
        {
            InputProblems.AddRange(ref problems, GeoCoordinates.Validate(place.Latitude, place.Longitude));
        }

        return InputProblems.Of(problems);
    }

    private static async Task<IReadOnlyList<T>> RunAsync<T>(
        EphemerisPool pool, Func<EphemerisSession, List<T>> find, CancellationToken cancellationToken) =>
        await pool.RunAsync(session => SupportedRange.Guard(InputPart.End, () => find(session)), cancellationToken)
            .ConfigureAwait(false);

    private static bool CheckInstant(DateTime instant, InputPart part, ref List<InputProblem>? problems)
    {
        if (instant.Kind != DateTimeKind.Utc)
        {
            InputProblems.Add(ref problems, new(part, ProblemKind.NotUtc));
            return false;
        }

        if (!SupportedRange.Contains(instant))
        {
            InputProblems.Add(ref problems, SupportedRange.Outside(part));
            return false;
        }

        return true;
    }
}
