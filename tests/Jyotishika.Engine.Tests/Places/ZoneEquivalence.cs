using NodaTime;

namespace Jyotishika.Engine.Tests.Places;

/// <summary>
/// Decides whether an inferred zone is as good as the expected one: the same id, or the same UTC offsets in mid-January
/// and mid-July 2026 (so the same standard time and the same daylight-saving practice for current dates). Ids the
/// bundled tzdb does not know count as unknown and never match.
/// </summary>
internal sealed class ZoneEquivalence
{
    private static readonly Instant January = Instant.FromUtc(2026, 1, 15, 12, 0);
    private static readonly Instant July = Instant.FromUtc(2026, 7, 15, 12, 0);

    private readonly Dictionary<string, (Offset January, Offset July)?> offsets = new(StringComparer.Ordinal);

    public HashSet<string> UnknownIds { get; } = new(StringComparer.Ordinal);

    public bool Matches(string inferred, string expected) =>
        string.Equals(inferred, expected, StringComparison.Ordinal) ||
        (Offsets(inferred) is { } a && Offsets(expected) is { } b && a == b);

    public (Offset January, Offset July)? Offsets(string id)
    {
        if (!offsets.TryGetValue(id, out var pair))
        {
            var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(id);
            if (zone is null)
            {
                UnknownIds.Add(id);
            }

            pair = zone is null ? null : (zone.GetUtcOffset(January), zone.GetUtcOffset(July));
            offsets[id] = pair;
        }

        return pair;
    }
}
