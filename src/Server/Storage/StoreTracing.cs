using System.Diagnostics;

namespace Jyotishika.Server.Storage;

/// <summary>Spans for Redis calls (PostgreSQL's come from Npgsql): one per call, failures marked with their type only.</summary>
public static class StoreTracing
{
    public const string SourceName = "Jyotishika.Server.Storage";

    internal static readonly ActivitySource Source = new(SourceName);
}
