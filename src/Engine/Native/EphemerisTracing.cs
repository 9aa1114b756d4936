using System.Diagnostics;

namespace Jyotishika.Engine.Native;

/// <summary>
/// Spans for each ephemeris job, under whatever span submitted it: <c>ephemeris.queue</c> (from submission until a pool
/// thread takes it) and <c>ephemeris.compute</c> (the native work). Without a listener (tracing off) nothing is
/// recorded and a job costs one check.
/// </summary>
public static class EphemerisTracing
{
    public const string SourceName = "Jyotishika.Engine";

    internal static readonly ActivitySource Source = new(SourceName);
}
