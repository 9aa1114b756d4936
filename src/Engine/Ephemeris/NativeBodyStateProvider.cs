using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Ephemeris;

/// <summary>Runs each piece of work as one job on the ephemeris pool, with native states for its frame.</summary>
internal sealed class NativeBodyStateProvider(EphemerisPool pool) : IBodyStateProvider
{
    public Task<T> RunAsync<T>(ChartSettings frame, Func<IBodyStates, T> work, CancellationToken cancellationToken) =>
        pool.RunAsync(session => work(new NativeBodyStates(session, frame)), cancellationToken);
}
