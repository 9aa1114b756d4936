namespace Jyotishika.Engine.FastPath;

/// <summary>Where the fast path keeps its tables and how it evaluates them.</summary>
public sealed record FastEphemerisOptions
{
    /// <summary>
    /// Folder for the cached tables. Default: <c>$XDG_CACHE_HOME/jyotishika</c>, else <c>~/.cache/jyotishika</c>,
    /// else the temporary folder. The file name carries a hash of the cache key, so several ephemeris sets can share it.
    /// </summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Read and write the cache file. Default true; false builds in memory on every start (~20–30 s on 2 cores).</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>Instruction width for evaluation. Default: the widest the hardware accelerates.</summary>
    public SimdWidth? Width { get; init; }

    internal string ResolveCacheDirectory()
    {
        if (!string.IsNullOrWhiteSpace(CacheDirectory))
        {
            return Path.GetFullPath(CacheDirectory);
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg))
        {
            return Path.Combine(xdg, "jyotishika");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) ? Path.Combine(Path.GetTempPath(), "jyotishika") : Path.Combine(home, ".cache", "jyotishika");
    }
}
