namespace Jyotishika.Engine.Ephemeris;

/// <summary>
/// Where body states come from: runs a synchronous piece of work with an <see cref="IBodyStates"/> for a frame. The
/// native provider runs it as one job on an ephemeris pool thread, with the sidereal mode set inside that job; a
/// provider that needs no native state may run it on the caller's thread.
/// </summary>
internal interface IBodyStateProvider
{
    Task<T> RunAsync<T>(ChartSettings frame, Func<IBodyStates, T> work, CancellationToken cancellationToken);
}
