using NodaTime.TimeZones;

namespace Jyotishika.Engine.Tests.Places;

/// <summary>
/// How often the inferred zone is right, counting a zone right when it is the expected id or has the same UTC offsets
/// in mid-January and mid-July 2026 (see <see cref="ZoneEquivalence"/>).
/// </summary>
[TestFixture]
public sealed class TimeZoneAccuracyTests
{
    /// <summary>
    /// tzdb zone.tab locations where GeoNames cities500 (2023-03) disagrees with tzdb although it has a place within a few
    /// kilometres: zone attributions GeoNames gets wrong (Vincennes, Indiana is Eastern in tzdb, Central in GeoNames;
    /// Khandyga and Ust-Nera sit in zones of their own, which GeoNames folds into Vladivostok's and Magadan's;
    /// Fernando de Noronha's nearest place carries Recife's zone) and a zone tzdb created after the snapshot
    /// (America/Coyhaique, 2025).
    /// </summary>
    private static readonly string[] KnownDataDiscrepancies =
    [
        "America/Indiana/Vincennes", "Asia/Khandyga", "Asia/Ust-Nera", "America/Noronha", "America/Coyhaique",
    ];

    /// <summary>Farther than this from every place, a zone.tab location is one the data simply does not cover.</summary>
    private const double UncoveredKm = 100;

    [Test]
    public void Leave_one_out_over_every_place_infers_at_least_99_percent_of_zones()
    {
        var equivalence = new ZoneEquivalence();
        var places = PlaceData.Index.All().ToArray();
        var correct = 0;
        var atSea = 0;
        foreach (var place in places)
        {
            var inferred = PlaceData.Locator.Infer(place.Latitude, place.Longitude, excludeId: place.GeoNameId);
            correct += equivalence.Matches(inferred.TimeZone, place.TimeZone) ? 1 : 0;
            atSea += inferred.Nearest is null ? 1 : 0;
        }

        var accuracy = (double)correct / places.Length;
        TestContext.Out.WriteLine(
            $"Leave-one-out: {correct} of {places.Length} right = {accuracy:P3}; {atSea} isolated places answered at sea; " +
            $"{equivalence.UnknownIds.Count} zone ids unknown to tzdb {TzdbDateTimeZoneSource.Default.TzdbVersion}: " +
            string.Join(", ", equivalence.UnknownIds));
        Assert.Multiple(() =>
        {
            Assert.That(accuracy, Is.GreaterThanOrEqualTo(0.99));
            Assert.That(equivalence.UnknownIds, Is.Empty);
        });
    }

    [Test]
    public void The_zone_tab_locations_are_right_except_where_the_data_has_no_place_or_a_known_error()
    {
        var equivalence = new ZoneEquivalence();
        var locations = TzdbDateTimeZoneSource.Default.ZoneLocations!;
        var failures = new List<string>();
        var unexplained = new List<string>();
        foreach (var location in locations)
        {
            var inferred = PlaceData.Locator.Infer(location.Latitude, location.Longitude);
            if (equivalence.Matches(inferred.TimeZone, location.ZoneId))
            {
                continue;
            }

            var nearest = PlaceData.Index.Nearest(location.Latitude, location.Longitude);
            var failure = $"{location.ZoneId} ({location.Latitude:F2}, {location.Longitude:F2}) -> {inferred.TimeZone} " +
                $"via {nearest.Place.Name}, {nearest.Place.CountryCode} at {nearest.DistanceKm:F0} km";
            failures.Add(failure);
            if (nearest.DistanceKm < UncoveredKm && !KnownDataDiscrepancies.Contains(location.ZoneId))
            {
                unexplained.Add(failure);
            }
        }

        var accuracy = 1 - ((double)failures.Count / locations.Count);
        var report = $"zone.tab (tzdb {TzdbDateTimeZoneSource.Default.TzdbVersion}): {locations.Count - failures.Count} of " +
            $"{locations.Count} right = {accuracy:P2}; failures:\n  " + string.Join("\n  ", failures);
        TestContext.Out.WriteLine(report);

        // Of the 418 locations (tzdb 2026f), 18 lie 100 km or more from any cities500 place: eight Antarctic stations,
        // Macquarie, Lord Howe, Eucla, Blanc-Sablon, Danmarkshavn, Scoresbysund, Chagos, Midway, Wake and Adak. With
        // those and the five known discrepancies, 395 of 418 (94.5 %) is what this data allows, not the 99 % hoped for;
        // so the bound is 94 %, and any failure near a place that is not a known discrepancy fails the test.
        Assert.Multiple(() =>
        {
            Assert.That(unexplained, Is.Empty, report);
            Assert.That(accuracy, Is.GreaterThanOrEqualTo(0.94), report);
        });
    }
}
