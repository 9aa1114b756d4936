using Jyotishika.Engine.Places;

namespace Jyotishika.Engine.Tests.Places;

/// <summary>The shipped place data, loaded once for all place tests (a load takes a few hundred milliseconds).</summary>
internal static class PlaceData
{
    private static readonly Lazy<PlaceIndex> LazyIndex = new(() => PlaceIndex.Load(PlaceIndex.DefaultPath));
    private static readonly Lazy<TimeZoneLocator> LazyLocator = new(() => new TimeZoneLocator(Index));

    public static PlaceIndex Index => LazyIndex.Value;

    public static TimeZoneLocator Locator => LazyLocator.Value;
}
