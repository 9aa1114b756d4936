namespace Jyotishika.Engine.Native;

/// <summary>How the pool of ephemeris threads is sized and where its data lives.</summary>
public sealed record EphemerisPoolOptions
{
    /// <summary>Folder holding the Swiss Ephemeris files. Default: the <c>ephe</c> folder beside the application.</summary>
    public string EphemerisPath { get; init; } = Path.Combine(AppContext.BaseDirectory, "ephe");

    /// <summary>Dedicated native threads. Default: one per processor (the library scales ~1.9× on 2 cores).</summary>
    public int ThreadCount { get; init; } = Environment.ProcessorCount;

    /// <summary>Jobs that may wait for a thread; beyond it callers wait for room until their deadline. Default 1024.</summary>
    public int QueueCapacity { get; init; } = 1024;

    /// <summary>Files without which the pool refuses to start (instead of serving silent Moshier results).</summary>
    public static IReadOnlyList<string> RequiredFiles { get; } = ["sepl_18.se1", "semo_18.se1"];

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ThreadCount, 1, nameof(ThreadCount));
        ArgumentOutOfRangeException.ThrowIfLessThan(QueueCapacity, 1, nameof(QueueCapacity));
        var missing = RequiredFiles.Where(file => !File.Exists(Path.Combine(EphemerisPath, file))).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"Ephemeris files missing in '{EphemerisPath}': {string.Join(", ", missing)}. " +
                "Set EPHE_PATH to a folder with the Swiss Ephemeris 18-series files (Debian package swe-basic-data).");
        }
    }
}
