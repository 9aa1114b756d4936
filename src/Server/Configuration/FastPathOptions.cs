namespace Jyotishika.Server.Configuration;

/// <summary>The engine's fast path: Chebyshev fits of the native library's positions, loaded (or built once) at start.</summary>
public sealed record FastPathOptions
{
    /// <summary>
    /// FAST_PATH_ENABLED. Default true: charts, batches and ephemeris streams are answered from the fitted tables wherever
    /// they meet their contract (within 0.001″ of the native library), natively otherwise. False answers everything natively.
    /// </summary>
    public bool Enabled { get; init; } = true;

    /// <summary>
    /// FAST_PATH_CACHE_DIR: where the tables are kept between starts (a few MB, named by the ephemeris files and the fit
    /// parameters). Default <c>$XDG_CACHE_HOME/jyotishika</c>, else <c>~/.cache/jyotishika</c>. Without a cached file the
    /// first start builds it from the native library (about half a minute on 2 cores); <c>Jyotishika.Server
    /// build-fast-path</c> builds it ahead of time.
    /// </summary>
    public string? CacheDirectory { get; init; }

    public static FastPathOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new FastPathOptions
        {
            Enabled = ConfigurationReader.Boolean(configuration, "FAST_PATH_ENABLED", true),
            CacheDirectory = configuration["FAST_PATH_CACHE_DIR"] is { Length: > 0 } folder ? folder : null,
        };
    }
}
