using Jyotishika.Engine.FastPath;

namespace Jyotishika.Engine.Ephemeris;

/// <summary>
/// Body states from the fast path's fitted series, on the caller's thread. An instant it cannot answer within its
/// contract throws <see cref="FastPathMiss"/>, and <see cref="FastBodyStateProvider"/> then runs the whole piece of work
/// natively: one piece is never half fast, half native.
/// </summary>
internal sealed class FastBodyStates(FastEphemeris fastPath, ChartSettings frame) : IBodyStates
{
    public double JulianDayUt(DateTime utc) =>
        frame.ReadsUtcAsUniversal ? TimeScales.UtcReadAsUniversal(utc)
        : fastPath.TryGetJulianDayUt(utc, out var julianDayUt) ? julianDayUt : throw new FastPathMiss();

    public void Evaluate(Graha body, ReadOnlySpan<double> julianDaysUt, Span<BodyPosition> into)
    {
        // A miss leaves some of the span NaN; the whole piece of work is then redone natively, so that is harmless.
        if (fastPath.GetPositions(body, julianDaysUt, frame, into[..julianDaysUt.Length]) != julianDaysUt.Length)
        {
            throw new FastPathMiss();
        }
    }
}

/// <summary>The fast path cannot answer an instant of this piece of work within its contract.</summary>
#pragma warning disable CA1064, CA1032 // Internal control flow between the fast states and their provider only.
internal sealed class FastPathMiss : Exception;
#pragma warning restore CA1064, CA1032

/// <summary>
/// Runs work on the fast path (on a thread-pool thread, so the caller's stream keeps writing meanwhile) for the frames
/// it supports, and on the native provider for the rest or whenever the fast path misses an instant.
/// </summary>
internal sealed class FastBodyStateProvider(FastEphemeris fastPath, IBodyStateProvider native) : IBodyStateProvider
{
    public async Task<T> RunAsync<T>(ChartSettings frame, Func<IBodyStates, T> work, CancellationToken cancellationToken)
    {
        if (fastPath.SupportsPositions(frame))
        {
            try
            {
                return await Task.Run(() => work(new FastBodyStates(fastPath, frame)), cancellationToken).ConfigureAwait(false);
            }
            catch (FastPathMiss)
            {
                // Answered natively below.
            }
        }

        return await native.RunAsync(frame, work, cancellationToken).ConfigureAwait(false);
    }
}
