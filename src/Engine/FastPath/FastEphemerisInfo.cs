namespace Jyotishika.Engine.FastPath;

/// <summary>How the fast path's tables came to be and what they hold, for logs and operators.</summary>
/// <param name="LoadedFromCache">True when read from <paramref name="CachePath"/>, false when just built.</param>
/// <param name="CachePath">The cache file (written after a build), or null when caching is off or failed.</param>
/// <param name="Elapsed">Time to load, or to build (including writing the cache).</param>
/// <param name="NativeSamples">Library calls the build made (0 when loaded).</param>
/// <param name="FileBytes">Size of the cache file, or 0.</param>
/// <param name="MemoryBytes">Coefficients and edges held in memory.</param>
/// <param name="Segments">Fitted segments over all series.</param>
/// <param name="HoleSegments">Segments left to the library (sharp features such as light deflection at a solar conjunction).</param>
public sealed record FastEphemerisInfo(
    bool LoadedFromCache,
    string? CachePath,
    TimeSpan Elapsed,
    long NativeSamples,
    long FileBytes,
    long MemoryBytes,
    int Segments,
    int HoleSegments);
